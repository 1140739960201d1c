import { useState } from 'preact/hooks';
import { defaultTargetFor } from '../lib/convert/default-target';
import { t } from '../lib/i18n';
import type { DefaultScript } from '../lib/settings';
import type { SiteRulesApi } from '../lib/sites/client';
import type { TabState, Target } from '../lib/types';
import { SiteRuleControl, targetLabel } from './SiteRuleControl';

export type PopupStatus =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; state: TabState };

export interface PopupPanelProps {
  status: PopupStatus;
  notice: string | null;
  busy: boolean;
  traditionalTarget: Target;
  /** The user's default script (Options → Reading): presets a new site rule's target. */
  defaultScript?: DefaultScript;
  /** `confirm`: the user confirmed converting a Japanese or Korean page. */
  onConvert: (target: Target, confirm?: boolean) => void;
  onRestore: () => void;
  onToggleHover: () => void;
  onSave: () => void;
  /** Detect the article again (the page may have changed since the popup opened). */
  onRedetect?: () => void;
  onOpenClippings: () => void;
  /** Open the reader view on this tab's article (issue 18). */
  onRead?: () => void;
  /** Per-site rules (issue 4): "Always convert this site to …" under the actions. */
  siteRules?: SiteRulesApi;
}

function scriptLabel(script: string): string {
  if (script === 'zh-Hans') return t('scriptHans');
  if (script === 'zh-Hant') return t('scriptHant');
  return t('scriptOther');
}

/** The toolbar popup: what Wenzhai sees on the tab, and the actions on it. */
export function PopupPanel(props: PopupPanelProps) {
  const { status, notice, busy } = props;
  return (
    <main class="popup">
      <h1>{t('appName')}</h1>
      {status.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {status.kind === 'error' && (
        <p class="error" role="alert">
          {status.message}
        </p>
      )}
      {status.kind === 'ready' && <Ready {...props} state={status.state} />}
      <p class="notice" role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      <button
        type="button"
        class="link"
        onClick={props.onOpenClippings}
        disabled={busy && status.kind === 'loading'}
      >
        {t('openClippings')}
      </button>
    </main>
  );
}

function Ready(props: PopupPanelProps & { state: TabState }) {
  const { state, busy } = props;
  const { article } = state;
  // A Japanese or Korean page is converted only once the user ticks the confirmation (issue 15 §3).
  const [confirming, setConfirming] = useState(false);
  const asksConfirmation = Boolean(state.otherLanguage) && !state.conversionConfirmed;
  const convertBlocked = busy || (asksConfirmation && !confirming);
  const convert = (target: Target): void =>
    props.onConvert(target, asksConfirmation ? confirming : undefined);
  const language = state.otherLanguage === 'ko' ? t('languageKorean') : t('languageJapanese');
  return (
    <>
      <ArticleSummary
        state={state}
        language={language}
        asksConfirmation={asksConfirmation}
        confirming={confirming}
        onConfirming={setConfirming}
      />
      <div class="actions">
        <button type="button" disabled={convertBlocked} onClick={() => convert('cn')}>
          {t('convertToSimplified')}
        </button>
        <button type="button" disabled={convertBlocked} onClick={() => convert(props.traditionalTarget)}>
          {t('convertToTraditional')}
        </button>
        <button type="button" disabled={busy || state.convertedTo === null} onClick={props.onRestore}>
          {t('showOriginal')}
        </button>
        <button type="button" aria-pressed={state.hoverEnabled} disabled={busy} onClick={props.onToggleHover}>
          {state.hoverEnabled ? t('hoverOn') : t('hoverOff')}
        </button>
        <button type="button" class="primary" disabled={busy || !article.isArticle} onClick={props.onSave}>
          {t('saveArticle')}
        </button>
        {props.onRead && (
          <button
            type="button"
            data-testid="read"
            disabled={busy || !article.isArticle}
            onClick={props.onRead}
          >
            {t('readArticle')}
          </button>
        )}
        {props.onRedetect && (
          <button type="button" data-testid="redetect" disabled={busy} onClick={props.onRedetect}>
            {t('redetect')}
          </button>
        )}
      </div>
      {props.siteRules && (
        <SiteRuleControl
          api={props.siteRules}
          url={state.url}
          defaultTarget={defaultTargetFor(
            props.defaultScript ?? 'auto',
            state.script,
            props.traditionalTarget,
          )}
          onAdded={props.onConvert}
        />
      )}
    </>
  );
}

/** What was detected: the article (or not), its script, and the Japanese/Korean confirmation. */
function ArticleSummary(props: {
  state: TabState;
  language: string;
  asksConfirmation: boolean;
  confirming: boolean;
  onConfirming: (on: boolean) => void;
}) {
  const { state, language, asksConfirmation, confirming } = props;
  const { article } = state;
  return (
    <section class="article" aria-label={article.isArticle ? t('articleFound') : t('noArticle')}>
      {/* While detecting the status has its own test id: "article-status" is the settled answer. */}
      <p
        class="found"
        data-testid={state.detecting ? 'article-detecting' : 'article-status'}
        aria-busy={state.detecting === true}
      >
        {article.isArticle ? t('articleFound') : state.detecting ? t('detectingArticle') : t('noArticle')}
      </p>
      {article.isArticle && (
        <>
          <h2 data-testid="article-title" lang="zh">
            {article.title}
          </h2>
          <p class="meta" lang="zh">
            {[article.site, article.byline, article.published?.slice(0, 10)].filter(Boolean).join(' · ')}
          </p>
          <p class="meta" data-testid="article-length">
            {t('characters', { n: article.length.toLocaleString() })}
          </p>
        </>
      )}
      <p class="meta" data-testid="article-script">
        {t('script')}: {state.otherLanguage ? language : scriptLabel(state.script)}
        {state.convertedTo && ` — ${t('convertedTo', { target: targetLabel(state.convertedTo) })}`}
      </p>
      {asksConfirmation && (
        <>
          <p class="meta" data-testid="other-language" role="note">
            {t('otherLanguageNotice', { language })}
          </p>
          <label class="meta">
            <input
              type="checkbox"
              data-testid="confirm-convert"
              checked={confirming}
              onChange={(e) => props.onConfirming((e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {t('convertPageAnyway')}
          </label>
        </>
      )}
    </section>
  );
}
