// The first-run page: the three gestures (toolbar, hover, clip), a passage to try the hover card and
// the conversion on, and what the extension may access and why. Props in, events out.
import type { ComponentChildren } from 'preact';
import { t } from '../lib/i18n';
import { WelcomePermissions } from './WelcomePermissions';

export type DemoScript = 'original' | 'hans' | 'hant';

export interface WelcomeShortcuts {
  article: string;
  selection: string;
  caret: string;
}

export interface WelcomePageProps {
  shortcuts: WelcomeShortcuts;
  /** The permissions this build declares (see WelcomePermissions). */
  permissions: readonly string[];
  /** The demo passage as currently shown (original or converted). */
  demo: string;
  script: DemoScript;
  busy: boolean;
  notice: string | null;
  onScript: (script: DemoScript) => void;
  onOpenSettings: () => void;
  onOpenClippings: () => void;
}

function Gesture(props: { n: number; title: string; children: ComponentChildren }) {
  return (
    <li class="gesture">
      <h2>
        <span class="step" aria-hidden="true">
          {props.n}
        </span>
        {props.title}
      </h2>
      {props.children}
    </li>
  );
}

/** Keyboard users reach the passage with Tab; a caret is put at its start (unless the selection is
 *  already inside it) so the caret key has a word to open. This is our own page, not the user's. */
function caretIntoPassage(event: FocusEvent): void {
  const passage = event.currentTarget as HTMLElement;
  const selection = passage.ownerDocument.getSelection();
  if (!selection || (selection.focusNode && passage.contains(selection.focusNode))) return;
  const first = passage.firstChild;
  if (first) selection.collapse(first, 0);
}

export function WelcomePage(props: WelcomePageProps) {
  const { shortcuts, script, busy } = props;
  const scriptButton = (choice: DemoScript, label: string) => (
    <button
      type="button"
      aria-pressed={script === choice}
      disabled={busy}
      onClick={() => props.onScript(choice)}
    >
      {label}
    </button>
  );
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeIntro')}</p>
      <ol class="gestures">
        <Gesture n={1} title={t('welcomeToolbarTitle')}>
          <p>{t('welcomeToolbarText')}</p>
        </Gesture>
        <Gesture n={2} title={t('welcomeHoverTitle')}>
          <p>{t('welcomeHoverText', { key: shortcuts.caret })}</p>
          <p class="muted">{t('welcomeHoverKeys')}</p>
        </Gesture>
        <Gesture n={3} title={t('welcomeClipTitle')}>
          <p>{t('welcomeClipText', { article: shortcuts.article, selection: shortcuts.selection })}</p>
          <p class="muted">{t('welcomeShortcutsNote')}</p>
        </Gesture>
      </ol>

      <section class="try" aria-labelledby="welcome-try">
        <h2 id="welcome-try">{t('welcomeTryTitle')}</h2>
        <p>{t('welcomeTryText', { key: shortcuts.caret })}</p>
        <div class="scripts">
          {scriptButton('original', t('scriptOriginal'))}
          {scriptButton('hans', t('scriptToSimplified'))}
          {scriptButton('hant', t('scriptToTraditional'))}
        </div>
        {/* A labelled region keyboard users can Tab to: focusing it puts the caret in the passage. */}
        <section
          class="demo"
          lang={script === 'hant' ? 'zh-Hant' : 'zh-Hans'}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: Tab reaches the passage to put the caret in it
          tabIndex={0}
          aria-label={t('welcomeDemoLabel')}
          data-testid="welcome-demo"
          onFocus={caretIntoPassage}
        >
          {props.demo}
        </section>
        <p class="notice" role="status" aria-live="polite">
          {props.notice ?? ''}
        </p>
      </section>

      <WelcomePermissions declared={props.permissions} />

      <p class="links">
        <button type="button" onClick={props.onOpenSettings}>
          {t('openSettings')}
        </button>
        <button type="button" onClick={props.onOpenClippings}>
          {t('openClippings')}
        </button>
      </p>
    </main>
  );
}
