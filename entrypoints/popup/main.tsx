import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupPanel, type PopupStatus } from '../../components/PopupPanel';
import { callBackground, callTab } from '../../lib/client';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/i18n/errors';
import { initLocale } from '../../lib/i18n/init';
import { useLocale } from '../../lib/i18n/use-locale';
import type { Result } from '../../lib/messages';
import type { DefaultScript } from '../../lib/settings';
import {
  defaultScript as defaultScriptItem,
  traditionalTarget as traditionalTargetItem,
} from '../../lib/settings';
import { siteRulesClient } from '../../lib/sites/client';
import type { TabState, Target } from '../../lib/types';
import './style.css';
import { VocabularyDue } from './vocabulary';

/** The tab the popup acts on: the active tab, or `?tabId=` when the popup is opened as a page
 *  (end-to-end tests drive the toolbar's code path that way). */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Popup() {
  useLocale(); // re-render in the new language when the setting changes
  const [tabId, setTabId] = useState<number>();
  const [status, setStatus] = useState<PopupStatus>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [traditional, setTraditional] = useState<Target>('tw');
  const [preferred, setPreferred] = useState<DefaultScript>('auto');

  useEffect(() => {
    void traditionalTargetItem.getValue().then(setTraditional);
    void defaultScriptItem.getValue().then(setPreferred);
    void (async () => {
      const id = await targetTabId();
      if (id === undefined) return setStatus({ kind: 'error', message: t('cannotRunHere') });
      setTabId(id);
      const injected = await callBackground('activateTab', { tabId: id });
      if (!injected.ok) return setStatus({ kind: 'error', message: t('cannotRunHere') });
      // Controls first (a quick detection), then the settled answer when the page is still changing.
      const quick = await callTab(id, 'getState', { quick: true });
      if (!quick.ok) return setStatus({ kind: 'error', message: errorText(quick.error) });
      setStatus({ kind: 'ready', state: quick.value });
      if (!quick.value.detecting) return;
      const state = await callTab(id, 'getState', {});
      setStatus(
        state.ok ? { kind: 'ready', state: state.value } : { kind: 'error', message: errorText(state.error) },
      );
    })();
  }, []);

  const act = useCallback(
    async (run: (id: number) => Promise<Result<TabState>>) => {
      if (tabId === undefined) return;
      setBusy(true);
      const answer = await run(tabId);
      setBusy(false);
      if (answer.ok) setStatus({ kind: 'ready', state: answer.value });
      else setNotice(t('error', { message: errorText(answer.error) }));
    },
    [tabId],
  );

  const save = useCallback(async () => {
    if (tabId === undefined) return;
    setBusy(true);
    const answer = await callTab(tabId, 'saveArticle', {});
    setBusy(false);
    setNotice(
      answer.ok
        ? t(answer.value.updated ? 'updated' : 'saved')
        : t('error', { message: errorText(answer.error) }),
    );
  }, [tabId]);

  return (
    <PopupPanel
      status={status}
      notice={notice}
      busy={busy}
      traditionalTarget={traditional}
      defaultScript={preferred}
      onConvert={(target, confirm) =>
        void act((id) => callTab(id, 'convert', confirm ? { target, confirm } : { target }))
      }
      onRestore={() => void act((id) => callTab(id, 'restore', {}))}
      onToggleHover={() =>
        void act((id) =>
          callTab(id, 'setHover', { enabled: !(status.kind === 'ready' && status.state.hoverEnabled) }),
        )
      }
      onSave={() => void save()}
      onRedetect={() => void act((id) => callTab(id, 'getState', { refresh: true }))}
      onOpenClippings={() => void browser.tabs.create({ url: browser.runtime.getURL('/clippings.html') })}
      onRead={() =>
        tabId !== undefined &&
        void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tab=${tabId}`) })
      }
      siteRules={siteRulesClient}
    />
  );
}

// The language is read before the first render, so the popup never flashes English.
void initLocale({ document }).finally(() =>
  render(
    <>
      <Popup />
      <VocabularyDue />
    </>,
    document.getElementById('app')!,
  ),
);
