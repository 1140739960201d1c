// The content script's wiring of the colouring (entrypoints/content adds one line): on while the
// popup's switch (a storage item) is on, asked again whenever the words' states change in any tab or
// page (the change counter in storage). Both are storage change events, which only the extension
// can cause; the page's events and messages are never listened to.
import { detectArticle } from '../../article/detect';
import { callBackground } from '../../client';
import { articleRoot } from '../../hover/underline';
import { tooLongToDetect } from './collect';
import { createWordColouring, type WordColouring } from './page';
import { colourWords, vocabularyChanged } from './settings';

export function startColouring(doc: Document): WordColouring & { stop(): void } {
  const colouring = createWordColouring(doc, {
    root: (d) => {
      if (tooLongToDetect(d)) return d.body;
      const article = detectArticle(d, d.location?.href ?? '', { now: Date.now() });
      return articleRoot(d, article.isArticle ? article.paragraphs : []);
    },
    colour: (text) => callBackground('articleColouring', { text }),
    // Test builds only: the page's performance timeline, where the bench reads it.
    ...(__WENZHAI_TEST_HOOKS__ ? { timing: (m: string) => performance.mark(`wenzhai-colouring-${m}`) } : {}),
  });
  void colourWords.getValue().then((on) => colouring.setEnabled(on === true));
  const unwatchSwitch = colourWords.watch((on) => void colouring.setEnabled(on === true));
  const unwatchWords = vocabularyChanged.watch(() => void colouring.refresh());
  return {
    ...colouring,
    stop() {
      unwatchSwitch();
      unwatchWords();
      colouring.dispose();
    },
  };
}
