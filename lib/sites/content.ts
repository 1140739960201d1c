// The content script's hook for per-site rules: the page's rule (from storage.local, which pages
// cannot write) drives the same controller the popup drives, so the popup then shows "Showing …".

import type { CallContext } from '../protocol/sender';
import type { ContentController } from '../tab/controller';
import { startSiteRule } from './auto';
import { readSiteRules, watchSiteRules } from './store';

/** The content script calling its own handler: no sender (the handler is `any`). */
const ITSELF: CallContext = { sender: {}, extensionOrigin: '' };

export function followSiteRule(controller: ContentController, url: () => string) {
  return startSiteRule({
    url,
    convert: async (target) => controller.handlers.convert.run({ target }, ITSELF),
    convertedTo: () => controller.state().convertedTo,
    read: readSiteRules,
    watch: watchSiteRules,
  });
}
