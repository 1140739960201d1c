// The hover's dependencies on the extension's own pages (clippings, reader, welcome), where bundle size
// does not matter: the underliner is imported here. In a web page's tab the content script passes
// loaders instead (entrypoints/content), so these modules stay out of its bundle.
import { backgroundDeps, type HoverDeps } from './deps';
import { sayForCard } from './say-effect';
import { underlineArticle } from './underline';

export const pageHoverDeps: HoverDeps = {
  ...backgroundDeps,
  onNeed: async () => ({ underline: underlineArticle, say: sayForCard }),
};
