// Wires the popup's vocabulary part: the due count from the background, the page opened in a tab, the
// colouring switch (a storage item every tab with Wenzhai follows) and the estimate of the tab's
// detected article (its text from the tab, cut and counted by the background).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupVocabulary } from '../../components/PopupVocabulary';
import { callTab } from '../../lib/client';
import { MAX_MATCH_TEXT } from '../../lib/dispatch/validate';
import type { ClippingInput } from '../../lib/types';
import { callVocabulary } from '../../lib/vocabulary/client';
import { colourWords } from '../../lib/vocabulary/colouring/settings';
import { estimateLine } from '../../lib/vocabulary/estimate';

/** The tab the popup acts on (as main.tsx finds it: `?tabId=` when opened as a page, else the active tab). */
async function popupTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab's detected article; the popup injects the content script at the same time, so a tab that
 *  does not answer yet is asked again a few times. Null when there is no article. */
async function tabArticle(tabId: number): Promise<ClippingInput | null> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const answer = await callTab(tabId, 'readerArticle', {});
    if (answer.ok) return answer.value;
    if (answer.error.reason === 'no-article') return null;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return null;
}

async function articleEstimate(): Promise<string | null> {
  const tabId = await popupTabId();
  const article = tabId === undefined ? null : await tabArticle(tabId);
  if (!article?.text) return null;
  const answer = await callVocabulary('articleColouring', { text: article.text.slice(0, MAX_MATCH_TEXT) });
  return answer.ok && answer.value.estimate.tokens > 0 ? estimateLine(answer.value.estimate) : null;
}

export function VocabularyDue() {
  const [due, setDue] = useState<number | null>(null);
  const [colouring, setColouring] = useState<boolean | null>(null);
  const [estimate, setEstimate] = useState<string | null>(null);
  useEffect(() => {
    void callVocabulary('vocabularyDue', {}).then((r) => r.ok && setDue(r.value.new + r.value.review));
    void colourWords.getValue().then((on) => setColouring(on === true));
    void articleEstimate().then(setEstimate, () => setEstimate(null));
    return colourWords.watch((on) => setColouring(on === true));
  }, []);
  return (
    <PopupVocabulary
      due={due}
      onOpen={() => void browser.tabs.create({ url: browser.runtime.getURL('/vocabulary.html') })}
      colouring={colouring}
      onToggleColouring={() => void colourWords.setValue(!colouring)}
      estimate={estimate}
    />
  );
}
