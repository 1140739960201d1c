// Every piece of in-page UI (hover card, toast) lives in a closed shadow root under a host element that
// the page's CSS cannot restyle and our own converters and hover logic skip (data-wenzhai-ui).
export interface ShadowHost {
  host: HTMLElement;
  frame: HTMLDivElement;
}

/** Creates `<tag data-wenzhai-ui>` with a closed shadow root holding `css` and an empty frame, appended to
 *  the document element. `hostStyle` is applied inline with !important, which beats any page rule. */
export function createShadowHost(doc: Document, tag: string, hostStyle: string, css: string): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute('data-wenzhai-ui', '');
  const declarations = `all: initial; ${hostStyle}`
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `${d} !important;`)
    .join(' ');
  host.setAttribute('style', declarations);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const frame = doc.createElement('div');
  root.append(style, frame);
  doc.documentElement.append(host);
  return { host, frame };
}
