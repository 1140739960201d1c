// The one inspector of our closed shadow roots in Chromium (the hover card, the toast): page scripts
// cannot reach a closed root, the DevTools protocol can (DOM.getDocument with pierce).
import type { CDPSession, Page } from 'playwright-core';

export type DomNode = {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeValue?: string;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  attributes?: string[];
};

/** The first node under `node` (shadow roots included) that satisfies `test`. */
export function findNode(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findNode(child, test);
    if (hit) return hit;
  }
  return null;
}

/** Our UI hosts are plain elements marked `data-wenzhai-ui="hover|toast"` (lib/hover/host.ts). */
export type OwnUi = 'hover' | 'toast' | 'marks';

/** Whether a DevTools DOM node is one of our UI hosts; its attributes come as [name, value, …]. */
export function isOwnHost(node: { attributes?: string[] }, kind: OwnUi): boolean {
  const attributes = node.attributes ?? [];
  for (let i = 0; i + 1 < attributes.length; i += 2) {
    if (attributes[i] === 'data-wenzhai-ui' && attributes[i + 1] === kind) return true;
  }
  return false;
}

/** Calls `read` with a DevTools session and the shadow root of our first `kind` host on `page`
 *  (null when there is none) and that element; detaches afterwards. */
export async function inClosedRoot<T>(
  page: Page,
  kind: OwnUi,
  read: (cdp: CDPSession, shadow: DomNode | null, host: DomNode | null) => Promise<T>,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const element = findNode(root, (n) => isOwnHost(n, kind));
    return await read(cdp, element?.shadowRoots?.[0] ?? null, element);
  } finally {
    await cdp.detach();
  }
}

/** The hover card's frame (the first `div` in its closed root), or null. */
export const cardFrame = (shadow: DomNode | null): DomNode | null =>
  shadow?.children?.find((c) => c.localName === 'div') ?? null;
