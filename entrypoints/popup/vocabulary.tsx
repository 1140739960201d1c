// Wires the popup's vocabulary line: the due count from the background, the page opened in a tab.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupVocabulary } from '../../components/PopupVocabulary';
import { callVocabulary } from '../../lib/vocabulary/client';

export function VocabularyDue() {
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    void callVocabulary('vocabularyDue', {}).then((r) => r.ok && setDue(r.value.new + r.value.review));
  }, []);
  return (
    <PopupVocabulary
      due={due}
      onOpen={() => void browser.tabs.create({ url: browser.runtime.getURL('/vocabulary.html') })}
    />
  );
}
