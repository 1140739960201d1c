// What the background answers. Pure wiring over injected dependencies so it can be tested with fakes.
import type { ClippingsDb } from '../clippings/db';
import { createClippingsHandlers } from '../clippings/handlers';
import { mergeHandlers, senderTab } from '../dispatch/dispatch';
import { errorOf, MessageError } from '../dispatch/failure';
import { isClippingInput, isEmptyParams, isLookupParams, isObject, isTabParams } from '../dispatch/validate';
import { createGlossaryHandlers, type GlossaryDeps } from '../glossary/handlers';
import { ALL_CATALOGS } from '../i18n/all-catalogs';
import { LOCALES, type Locale } from '../i18n/resolve';
import type { BackgroundApi } from '../protocol/api';
import type { FramesApi } from '../protocol/frames-api';
import type { HandlerMap } from '../protocol/handler';
import type { CallContext } from '../protocol/sender';
import type { VocabularyApi } from '../protocol/vocabulary-api';
import { createSitesHandlers } from '../sites/handlers';
import type { SitesService } from '../sites/service';
import type { LookupResult } from '../types';
import { createDataHandlers } from './data-handlers';

export { isFromThisExtension } from '../dispatch/envelope';
export type { SenderInfo } from '../protocol/sender';

export interface BackgroundDeps {
  extensionId: string;
  /** `chrome-extension://<id>/` (or `moz-extension://…/`): the extension's own pages start with it. */
  extensionOrigin: string;
  db: () => ClippingsDb;
  lookup: (text: string, before?: string) => Promise<LookupResult>;
  /** Glossary underliner and the user's own terms (lib/glossary/handlers.ts); absent → 'unavailable'. */
  glossary?: GlossaryDeps;
  /** Per-site rules (lib/sites/service.ts); absent → 'unavailable'. */
  sites?: SitesService;
  injectContentScript: (tabId: number) => Promise<void>;
  injectConverter: (tabId: number, frameId: number) => Promise<void>;
  injectClipper: (tabId: number, frameId: number) => Promise<void>;
}

function isLocaleParams(v: unknown): v is { locale: Locale } {
  return isObject(v) && LOCALES.some((locale) => locale === v.locale);
}

/** The browser refused to inject (a store page, a frame we may not reach): a reason the UI words. */
async function refusedAsData(inject: () => Promise<void>): Promise<void> {
  try {
    await inject();
  } catch (error) {
    throw MessageError.of(errorOf(error, 'forbidden', 'injection-refused'));
  }
}

/** What background handlers learn about their caller. */
export type BackgroundContext = CallContext;

/** The vocabulary's handlers keep their own database and undo tokens (lib/vocabulary/background.ts);
 *  the frame relay talks to the browser (lib/background/frame-relay.ts); entrypoints/background.ts
 *  merges them in. */
type CoreBackgroundApi = Omit<BackgroundApi, keyof VocabularyApi | keyof FramesApi>;

export function createBackgroundHandlers(deps: BackgroundDeps): HandlerMap<CoreBackgroundApi> {
  const clippings = createClippingsHandlers(deps.db);
  const own: HandlerMap<
    Pick<
      BackgroundApi,
      'lookup' | 'saveClipping' | 'activateTab' | 'loadConverter' | 'loadClipper' | 'uiCatalog'
    >
  > = {
    lookup: {
      access: 'any',
      validate: isLookupParams,
      run: ({ text, before }) => deps.lookup(text, before),
    },
    saveClipping: {
      access: 'any',
      validate: isClippingInput,
      run: (input) => clippings.save(input),
    },
    activateTab: {
      access: 'extension-page',
      validate: isTabParams,
      run: async ({ tabId }) => {
        await refusedAsData(() => deps.injectContentScript(tabId));
        return { injected: true };
      },
    },
    loadConverter: {
      access: 'tab',
      validate: isEmptyParams,
      run: async (_params, ctx) => {
        const { tabId, frameId } = senderTab(ctx);
        await refusedAsData(() => deps.injectConverter(tabId, frameId));
        return { loaded: true };
      },
    },
    uiCatalog: {
      access: 'any',
      validate: isLocaleParams,
      run: async ({ locale }) => ALL_CATALOGS[locale],
    },
    loadClipper: {
      access: 'tab',
      validate: isEmptyParams,
      run: async (_params, ctx) => {
        const { tabId, frameId } = senderTab(ctx);
        await refusedAsData(() => deps.injectClipper(tabId, frameId));
        return { loaded: true };
      },
    },
  };
  return mergeHandlers(
    clippings.handlers,
    createGlossaryHandlers(() => deps.glossary),
    createDataHandlers(deps.db),
    createSitesHandlers(() => deps.sites),
    own,
  );
}
