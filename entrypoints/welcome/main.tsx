// First-run page (issue 7), opened by the background on a fresh install. An extension page: the content
// script cannot run here, so the hover card is mounted directly (as on the clippings page) and looks
// words up through the background; the conversion uses the same converter bundle the tabs get.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type DemoScript, WelcomePage, type WelcomeShortcuts } from '../../components/WelcomePage';
import { COMMAND_SAVE_ARTICLE, COMMAND_SAVE_SELECTION } from '../../lib/clippings/gestures';
import { errorOf } from '../../lib/dispatch/failure';
import { loadEngineInExtensionPage } from '../../lib/extension-pages/load-converter';
import { CARET_KEY_LABEL, COMMAND_HOVER_AT_CARET } from '../../lib/hover/caret-command';
import { createHover } from '../../lib/hover/dom';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/i18n/errors';
import { initLocale } from '../../lib/i18n/init';
import { useLocale } from '../../lib/i18n/use-locale';
import { traditionalTarget } from '../../lib/settings';
import type { ConverterEngine } from '../../lib/tab/converter-registry';
import type { Target } from '../../lib/types';
import { DEMO_PASSAGE } from './demo-text';
import './style.css';

const DEFAULT_SHORTCUTS: WelcomeShortcuts = {
  article: 'Alt+Shift+S',
  selection: 'Alt+Shift+D',
  caret: CARET_KEY_LABEL,
};

/** The shortcuts as the user's browser has them bound (they may have changed them). */
async function boundShortcuts(): Promise<WelcomeShortcuts> {
  try {
    const commands = await browser.commands.getAll();
    const of = (name: string, fallback: string): string =>
      commands.find((c) => c.name === name)?.shortcut || fallback;
    return {
      article: of(COMMAND_SAVE_ARTICLE, DEFAULT_SHORTCUTS.article),
      selection: of(COMMAND_SAVE_SELECTION, DEFAULT_SHORTCUTS.selection),
      caret: of(COMMAND_HOVER_AT_CARET, DEFAULT_SHORTCUTS.caret),
    };
  } catch {
    return DEFAULT_SHORTCUTS;
  }
}

/** What this build asks for (Chrome and Firefox builds differ), read from its own manifest. */
function declaredPermissions(): string[] {
  const manifest = browser.runtime.getManifest() as {
    permissions?: string[];
    optional_permissions?: string[];
    optional_host_permissions?: string[];
  };
  const optional = [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  return [...(manifest.permissions ?? []), ...(optional.length > 0 ? ['optional host permissions'] : [])];
}

// The demo works at once: the hover card is on here whatever the default for web pages is.
const hover = createHover(document);
hover.setEnabled(true);

function Welcome() {
  useLocale();
  const [shortcuts, setShortcuts] = useState(DEFAULT_SHORTCUTS);
  const [script, setScript] = useState<DemoScript>('original');
  const [engine, setEngine] = useState<ConverterEngine | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void boundShortcuts().then(setShortcuts);
  }, []);

  const choose = async (choice: DemoScript): Promise<void> => {
    if (choice !== 'original' && !engine) {
      setBusy(true);
      try {
        setEngine(
          await loadEngineInExtensionPage(
            document,
            browser.runtime.getURL('/converter.js'),
            browser.runtime.getURL('/convert/lexicon.bin'),
          ),
        );
      } catch (error) {
        setNotice(t('error', { message: errorText(errorOf(error)) }));
        return;
      } finally {
        setBusy(false);
      }
    }
    setScript(choice);
  };

  const [traditional, setTraditional] = useState<Target>('tw');
  useEffect(() => {
    void traditionalTarget.getValue().then(setTraditional);
  }, []);
  const demo =
    script === 'original' || !engine
      ? DEMO_PASSAGE
      : engine.createTextConverter('auto', script === 'hans' ? 'cn' : traditional, 'zh-Hans')(DEMO_PASSAGE);

  document.title = t('welcomeTitle');
  return (
    <WelcomePage
      shortcuts={shortcuts}
      permissions={declaredPermissions()}
      demo={demo}
      script={script}
      busy={busy}
      notice={notice}
      onScript={(choice) => void choose(choice)}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      onOpenClippings={() => void browser.tabs.create({ url: browser.runtime.getURL('/clippings.html') })}
    />
  );
}

void initLocale({ document }).finally(() => render(<Welcome />, document.getElementById('app')!));
