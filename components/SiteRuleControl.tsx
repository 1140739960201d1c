import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { errorText } from '../lib/i18n/errors';
import type { Result } from '../lib/messages';
import type { SiteRulesApi } from '../lib/sites/client';
import { siteOrigin } from '../lib/sites/origin';
import { PERMISSION_DENIED, type SiteRuleStatus } from '../lib/sites/rules';
import { TARGETS, type Target } from '../lib/types';

const LABEL_KEYS = {
  cn: 'siteTargetCn',
  t: 'siteTargetT',
  tw: 'siteTargetTw',
  twp: 'siteTargetTwp',
  hk: 'siteTargetHk',
} as const satisfies Record<Target, string>;

export function targetLabel(target: Target): string {
  return t(LABEL_KEYS[target]);
}

/** The words for a failed rule change: a refusal of the permission reads differently from a fault. */
export function siteRuleError(answer: Result<unknown>): string | null {
  if (answer.ok) return null;
  return answer.error.reason === PERMISSION_DENIED
    ? t('siteRuleDenied')
    : t('error', { message: errorText(answer.error) });
}

export interface SiteRuleControlProps {
  api: SiteRulesApi;
  /** The tab's address; nothing is shown for pages a rule cannot cover (not http/https). */
  url: string;
  /** Preselected target: the opposite script of the page's. */
  defaultTarget: Target;
  /** A rule was made: convert the tab now, as the convert buttons do. */
  onAdded: (target: Target) => void;
}

/** The popup's "Always convert this site to …" control, or the rule in force with a way to stop it. */
export function SiteRuleControl({ api, url, defaultTarget, onAdded }: SiteRuleControlProps) {
  const origin = siteOrigin(url);
  const [rule, setRule] = useState<SiteRuleStatus | null | undefined>(undefined);
  const [target, setTarget] = useState<Target>(defaultTarget);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (origin === null) return;
    void api
      .list()
      .then((answer) => setRule(answer.ok ? (answer.value.find((r) => r.origin === origin) ?? null) : null));
  }, [api, origin]);

  if (origin === null || rule === undefined) return null;

  // Called straight from the click: the permission prompt needs the user's gesture.
  const add = (chosen: Target) => {
    setBusy(true);
    void api.add(origin, chosen).then((answer) => {
      setBusy(false);
      if (!answer.ok) return setMessage(siteRuleError(answer) ?? '');
      setRule(answer.value);
      setMessage(t('siteRuleAdded', { target: targetLabel(chosen) }));
      onAdded(chosen);
    });
  };
  const stop = () => {
    setBusy(true);
    void api.remove(origin).then((answer) => {
      setBusy(false);
      if (!answer.ok) return setMessage(siteRuleError(answer) ?? '');
      setRule(null);
      setMessage('');
    });
  };

  return (
    <section class="site-rule" data-testid="site-rule">
      {rule ? (
        <>
          <p class="meta">{t('siteRuleActive', { target: targetLabel(rule.target) })}</p>
          {!rule.granted && (
            <p class="meta">
              {t('siteRulesMissing')}{' '}
              <button type="button" disabled={busy} onClick={() => add(rule.target)}>
                {t('siteRulesGrant')}
              </button>
            </p>
          )}
          <button type="button" disabled={busy} onClick={stop}>
            {t('siteRuleStop')}
          </button>
        </>
      ) : (
        <>
          <label class="meta">
            {t('siteRuleTargetLabel')}{' '}
            <select
              value={target}
              disabled={busy}
              onChange={(e) => setTarget(e.currentTarget.value as Target)}
            >
              {TARGETS.map((value) => (
                <option key={value} value={value}>
                  {targetLabel(value)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy} onClick={() => add(target)}>
            {t('siteRuleAdd', { target: targetLabel(target) })}
          </button>
        </>
      )}
      <p class="meta" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
