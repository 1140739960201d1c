import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AboutGroup } from '../../components/options/AboutGroup';
import { DataGroup, type DataStatus } from '../../components/options/DataGroup';
import { GlossaryGroup } from '../../components/options/GlossaryGroup';
import { OptionsNav } from '../../components/options/OptionsNav';
import { PopupGroup, type PopupSettings } from '../../components/options/PopupGroup';
import { ReadingGroup, type ReadingSettings } from '../../components/options/ReadingGroup';
import { SitesGroup } from '../../components/options/SitesGroup';
import { SiteRules } from '../../components/SiteRules';
import { userGlossaryClient } from '../../lib/glossary/user-client';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/i18n/errors';
import { initLocale } from '../../lib/i18n/init';
import { useLocale } from '../../lib/i18n/use-locale';
import {
  cleanArtifacts,
  defaultScript,
  hoverByDefault,
  hoverDelay,
  hoverFontSize,
  hoverModifier,
  readingStyle,
  toneColours,
  traditionalTarget,
  underlineGlossary,
} from '../../lib/settings';
import { siteRulesClient } from '../../lib/sites/client';
import type { StorageUsage } from '../../lib/storage-usage';
import { createDataClient } from './data-client';
import { LanguageSetting } from './language-setting';
import { SpeechSetting } from './speech-setting';
import { useSetting } from './use-setting';
import { VocabularySetting } from './vocabulary-setting';
import './style.css';

const data = createDataClient();

type Setters<T> = { [K in keyof T]: (v: T[K]) => void };

/** The reading group's settings, each stored at once (announced through `announce`). */
function useReadingSettings(announce: () => void): [ReadingSettings, Setters<ReadingSettings>] {
  const [hoverOn, setHoverOn] = useSetting(hoverByDefault, announce);
  const [variant, setVariant] = useSetting(traditionalTarget, announce);
  const [clean, setClean] = useSetting(cleanArtifacts, announce);
  const [underline, setUnderline] = useSetting(underlineGlossary, announce);
  const [script, setScript] = useSetting(defaultScript, announce);
  const reading: ReadingSettings = {
    defaultScript: script,
    hoverByDefault: hoverOn,
    traditionalTarget: variant,
    cleanArtifacts: clean,
    underlineGlossary: underline,
  };
  const readingSetters: Setters<ReadingSettings> = {
    defaultScript: setScript,
    hoverByDefault: setHoverOn,
    traditionalTarget: setVariant,
    cleanArtifacts: setClean,
    underlineGlossary: setUnderline,
  };
  return [reading, readingSetters];
}

/** The hover card's settings, each stored at once (announced through `announce`). */
function usePopupSettings(announce: () => void): [PopupSettings, Setters<PopupSettings>] {
  const [delay, setDelay] = useSetting(hoverDelay, announce);
  const [modifier, setModifier] = useSetting(hoverModifier, announce);
  const [style, setStyle] = useSetting(readingStyle, announce);
  const [colours, setColours] = useSetting(toneColours, announce);
  const [fontSize, setFontSize] = useSetting(hoverFontSize, announce);
  const popup: PopupSettings = { delay, modifier, reading: style, toneColours: colours, fontSize };
  const popupSetters: Setters<PopupSettings> = {
    delay: setDelay,
    modifier: setModifier,
    reading: setStyle,
    toneColours: setColours,
    fontSize: setFontSize,
  };
  return [popup, popupSetters];
}

/** The data group: counts and usage, and export, import and clear-all run one at a time. */
function DataSection() {
  const [count, setCount] = useState<number | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [status, setStatus] = useState<DataStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const refreshData = async (): Promise<void> => {
    const [counted, used] = await Promise.all([data.count(), data.usage()]);
    if (counted.ok) setCount(counted.value.count);
    else setStatus({ text: t('error', { message: errorText(counted.error) }), error: true });
    setUsage(used);
  };
  useEffect(() => {
    void refreshData();
  }, []);
  const run = async (work: () => Promise<DataStatus | null>): Promise<void> => {
    setBusy(true);
    setStatus(null);
    try {
      const next = await work();
      if (next) setStatus(next);
      await refreshData();
    } finally {
      setBusy(false);
    }
  };

  return (
    <DataGroup
      count={count}
      usage={usage}
      status={status}
      busy={busy}
      onExport={(format) =>
        void run(async () => {
          const done = await data.exportAs(format);
          return done.ok ? null : { text: done.message, error: true };
        })
      }
      onImport={(file) =>
        void run(async () => {
          const done = await data.importText(await file.text());
          return { text: done.message, error: !done.ok };
        })
      }
      onClearAll={() =>
        void run(async () => {
          const done = await data.clearAll();
          if (!done.ok) return { text: t('error', { message: errorText(done.error) }), error: true };
          return {
            text:
              done.value.deleted > 0 ? t('clearAllDone', { n: done.value.deleted }) : t('clearAllNothing'),
          };
        })
      }
    />
  );
}

/** Every setting in one place, in groups reached from the navigation. Each change is stored at once;
 *  open tabs follow it through storage watches (no reload). */
function Options() {
  useLocale(); // re-render in the new language when the user switches it
  document.title = t('optionsTitle'); // the tab's title, in the UI language
  const [saved, setSaved] = useState('');
  const announce = (): void => {
    // Toggle the text so a screen reader announces every save, not only the first.
    setSaved((s) => (s === t('settingSaved') ? `${t('settingSaved')}\u00a0` : t('settingSaved')));
  };

  const [reading, readingSetters] = useReadingSettings(announce);
  const [popup, popupSetters] = usePopupSettings(announce);

  return (
    <div class="layout">
      <a class="skip" href="#reading-title">
        {t('skipToSettings')}
      </a>
      <header class="top">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <OptionsNav
        groups={[
          { id: 'reading', label: t('groupReading') },
          { id: 'speech', label: t('groupSpeech') },
          { id: 'popup', label: t('groupPopup') },
          { id: 'sites', label: t('groupSites') },
          { id: 'glossary', label: t('groupGlossary') },
          { id: 'vocabulary', label: t('optionsVocabulary') },
          { id: 'data', label: t('groupData') },
          { id: 'about', label: t('groupAbout') },
        ]}
      />
      <main id="settings">
        <p class="saved" role="status" aria-live="polite" data-testid="setting-saved">
          {saved}
        </p>
        <ReadingGroup
          value={reading}
          onChange={(key, v) => (readingSetters[key] as (value: typeof v) => void)(v)}
        >
          <LanguageSetting onSaved={announce} />
        </ReadingGroup>
        <SpeechSetting onSaved={announce} />
        <PopupGroup
          value={popup}
          onChange={(key, v) => (popupSetters[key] as (value: typeof v) => void)(v)}
        />
        <SitesGroup>
          <SiteRules api={siteRulesClient} />
        </SitesGroup>
        <GlossaryGroup api={userGlossaryClient} />
        <VocabularySetting onSaved={announce} />
        <DataSection />
        <AboutGroup version={browser.runtime.getManifest().version} />
      </main>
    </div>
  );
}

// Following a navigation link moves focus to the group's heading, so the next Tab continues there.
window.addEventListener('hashchange', () => {
  document.getElementById(`${location.hash.slice(1)}-title`)?.focus();
});

void initLocale({ document }).finally(() => render(<Options />, document.getElementById('app')!));
