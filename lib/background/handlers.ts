// What the background answers. Pure wiring over injected dependencies so it can be tested with fakes.
import type { ClippingsDb } from '../clippings/db';
import { createClippingsHandlers } from '../clippings/handlers';
import { createGlossaryHandlers, type GlossaryDeps } from '../glossary/handlers';
import {
  type BackgroundApi,
  type HandlerMap,
  isClippingInput,
  isEmptyParams,
  isLookupParams,
  isTabParams,
  MessageError,
} from '../messages';
import { createSitesHandlers } from '../sites/handlers';
import type { SitesService } from '../sites/service';
import type { LookupResult } from '../types';
import { createDataHandlers } from './data-handlers';

/** The parts of `runtime.MessageSender` we rely on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

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
}

export interface BackgroundContext {
  sender: SenderInfo;
}

function requireExtensionPage(deps: BackgroundDeps, sender: SenderInfo): void {
  if (!sender.url?.startsWith(deps.extensionOrigin)) {
    throw new MessageError('forbidden', 'Only the extension’s own pages may ask for this.');
  }
}

function requireTab(sender: SenderInfo): { tabId: number; frameId: number } {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0)
    throw new MessageError('forbidden', 'This message must come from a tab.');
  return { tabId, frameId: sender.frameId ?? 0 };
}

export function createBackgroundHandlers(deps: BackgroundDeps): HandlerMap<BackgroundApi, BackgroundContext> {
  const clippings = createClippingsHandlers(deps.db, requireTab);
  return {
    ...clippings.handlers,
    ...createGlossaryHandlers(
      () => deps.glossary,
      (sender) => requireExtensionPage(deps, sender),
    ),
    ...createDataHandlers(deps.db, (sender) => requireExtensionPage(deps, sender)),
    ...createSitesHandlers(
      () => deps.sites,
      (sender) => requireExtensionPage(deps, sender),
    ),
    lookup: {
      validate: isLookupParams,
      run: ({ text, before }) => deps.lookup(text, before),
    },
    saveClipping: {
      validate: isClippingInput,
      run: (input) => clippings.save(input),
    },
    activateTab: {
      validate: isTabParams,
      run: async ({ tabId }, { sender }) => {
        requireExtensionPage(deps, sender);
        await deps.injectContentScript(tabId);
        return { injected: true };
      },
    },
    loadConverter: {
      validate: isEmptyParams,
      run: async (_params, { sender }) => {
        const { tabId, frameId } = requireTab(sender);
        await deps.injectConverter(tabId, frameId);
        return { loaded: true };
      },
    },
  };
}

/** Messages from anything but this extension are dropped before dispatch. */
export function isFromThisExtension(sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId;
}
