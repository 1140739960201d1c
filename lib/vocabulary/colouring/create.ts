// The colouring itself, in the on-demand tools (entrypoints/clipper.ts), not the content script: most
// readers never turn it on, and the content script must stay small (issue 16). content.ts loads it the
// first time the popup's switch is on.
import { detectArticleSliced } from '../../article/detect';
import { callBackground } from '../../client';
import { articleRoot } from '../../hover/underline';
import { tooLongToDetect } from './collect';
import { createWordColouring, type WordColouring } from './page';

export function createTabColouring(doc: Document): WordColouring {
  return createWordColouring(doc, {
    root: async (d) => {
      if (tooLongToDetect(d)) return d.body;
      // In slices (lib/article/steps.ts), so a long article keeps answering input while it is read.
      const article = await detectArticleSliced(d, d.location?.href ?? '', { now: Date.now() });
      return articleRoot(d, article.isArticle ? article.paragraphs : []);
    },
    colour: (text) => callBackground('articleColouring', { text }),
    // Test builds only: the page's performance timeline, where the bench reads it.
    ...(__WENZHAI_TEST_HOOKS__ ? { timing: (m: string) => performance.mark(`wenzhai-colouring-${m}`) } : {}),
  });
}
