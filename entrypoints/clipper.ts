import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sanitizeHtml } from '../lib/clippings/sanitize';
import { frameTools } from '../lib/hover/frames';
import { sayForCard } from '../lib/hover/say-effect';
import { underlineArticle } from '../lib/hover/underline';
import { anchorRanges } from '../lib/page-text/find-anchor';
import { registerClipperTools } from '../lib/tab/clipper-registry';
import { createTabColouring } from '../lib/vocabulary/colouring/create';

// Injected into a tab's isolated world on the first save or when the page has saved passages
// (lib/tab/clipper-registry.ts says why it is not part of the content script).
export default defineUnlistedScript(() => {
  registerClipperTools(globalThis, {
    sanitizeHtml,
    anchorRanges,
    frames: frameTools,
    underline: underlineArticle,
    say: sayForCard,
    colouring: createTabColouring,
  });
});
