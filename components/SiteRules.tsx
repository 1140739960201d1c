import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Result } from '../lib/messages';
import type { SiteRulesApi } from '../lib/sites/client';
import type { SiteRuleStatus } from '../lib/sites/rules';
import { TARGETS, type Target } from '../lib/types';
import { siteRuleError, targetLabel } from './SiteRuleControl';

/** The options page's per-site rules: each site, what it converts to, whether the browser still grants
 *  access (the user can revoke it in the browser's settings), and buttons to grant again or remove. */
export function SiteRules({ api }: { api: SiteRulesApi }) {
  const [rules, setRules] = useState<SiteRuleStatus[] | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const answer = await api.list();
    if (answer.ok) setRules(answer.value);
    else setMessage(siteRuleError(answer) ?? '');
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const run = (work: Promise<Result<unknown>>, done?: string) => {
    setBusy(true);
    void work.then(async (answer) => {
      setBusy(false);
      setMessage(siteRuleError(answer) ?? done ?? '');
      await reload();
    });
  };

  if (rules === null) return <p class="muted">{message}</p>;
  return (
    <div class="site-rules" data-testid="site-rules">
      {rules.length === 0 ? (
        <p class="muted">{t('siteRulesEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('siteRulesOrigin')}</th>
              <th scope="col">{t('siteRulesTarget')}</th>
              <th scope="col">{t('siteRulesPermission')}</th>
              <th scope="col">{t('siteRulesRemove')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.origin} data-origin={rule.origin}>
                <th scope="row">{rule.origin}</th>
                <td>
                  <select
                    aria-label={t('siteRulesTargetFor', { origin: rule.origin })}
                    value={rule.target}
                    disabled={busy}
                    onChange={(e) => run(api.retarget(rule.origin, e.currentTarget.value as Target))}
                  >
                    {TARGETS.map((value) => (
                      <option key={value} value={value}>
                        {targetLabel(value)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {rule.granted ? (
                    t('siteRulesGranted')
                  ) : (
                    <>
                      {t('siteRulesMissing')}{' '}
                      <button
                        type="button"
                        disabled={busy}
                        aria-label={t('siteRulesGrantFor', { origin: rule.origin })}
                        // Straight from the click: the browser's prompt needs the user's gesture.
                        onClick={() => run(api.add(rule.origin, rule.target))}
                      >
                        {t('siteRulesGrant')}
                      </button>
                    </>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={t('siteRulesRemoveLabel', { origin: rule.origin })}
                    onClick={() =>
                      run(api.remove(rule.origin), t('siteRulesRemoved', { origin: rule.origin }))
                    }
                  >
                    {t('siteRulesRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
