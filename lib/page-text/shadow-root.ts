// An element's shadow root as the extension may see it: the open one, else the closed one through
// the browser's extension API (Chrome gives content scripts chrome.dom.openOrClosedShadowRoot, Firefox
// gives them element.openOrClosedShadowRoot; pages and Node have neither, and get open roots only).
// The same access the converter uses (lib/convert/page/dom-scopes.ts), kept small for the content
// script, which needs it to notice a frame inside a closed root.

type World = { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } };

export function extensionShadowRoot(el: Element): ShadowRoot | null {
  try {
    return (
      el.shadowRoot ??
      (globalThis as unknown as World).chrome?.dom?.openOrClosedShadowRoot?.(el) ??
      (el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
      null
    );
  } catch {
    return null;
  }
}
