import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageConverter } from '../../lib/convert/page/dom';
import { browserShadowRootOf } from '../../lib/convert/page/dom-scopes';
import { createTextConverter } from '../../lib/convert/text/text';

const toTw = createTextConverter('cn', 'tw');

/** Every tree's markup: the light DOM, each shadow root's and each srcdoc frame's, in order. */
function allMarkup(root: Node, rootsOf: (el: Element) => ShadowRoot | null): string[] {
  const out: string[] = [];
  const visit = (n: Node): void => {
    if (n.nodeType !== 1 && n.nodeType !== 11) return;
    if (n.nodeType === 11) out.push((n as ShadowRoot).innerHTML);
    const el = n as Element;
    if (n.nodeType === 1) {
      const shadow = rootsOf(el);
      if (shadow) visit(shadow);
      const frameDoc = el.tagName === 'IFRAME' ? (el as HTMLIFrameElement).contentDocument : null;
      if (frameDoc?.body) {
        out.push(frameDoc.body.innerHTML);
        visit(frameDoc.body);
      }
    }
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  out.push((root as Element).innerHTML);
  visit(root);
  return out;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

afterEach(() => {
  vi.useRealTimers();
});

describe('page converter in shadow roots and frames', () => {
  it('converts open and nested shadow roots and puts every byte back', async () => {
    document.body.innerHTML = '<p>软件</p><div id="host"></div>';
    const outer = document.getElementById('host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p title="发展">头发</p><span id="inner-host"></span>';
    const inner = outer.getElementById('inner-host')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b>网络</b>软件';
    const before = allMarkup(document.body, (el) => el.shadowRoot);
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-TW');
    expect(document.body.querySelector('p')!.textContent).toBe('軟件');
    expect(outer.querySelector('p')!.textContent).toBe('頭髮');
    expect(outer.querySelector('p')!.getAttribute('title')).toBe('發展');
    expect(inner.textContent).toBe('網絡軟件');
    await pc.restore();
    expect(allMarkup(document.body, (el) => el.shadowRoot)).toEqual(before);
  });

  it('reaches closed roots of custom elements only through the browser API, never our own UI', async () => {
    document.body.innerHTML =
      '<x-closed id="closed"></x-closed><x-ours id="ours" data-wenzhai-ui=""></x-ours>';
    const closed = document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>软件</p>';
    const ours = document.getElementById('ours')!.attachShadow({ mode: 'closed' });
    ours.innerHTML = '<p>软件</p>';
    const roots = new Map<Element, ShadowRoot>([
      [document.getElementById('closed')!, closed],
      [document.getElementById('ours')!, ours],
    ]);
    const api = vi.fn((el: Element) => roots.get(el) ?? null);
    // Without the API (a page, Node) the closed root stays as it is.
    await createPageConverter(document, { shadowRootOf: browserShadowRootOf({}) }).convert(toTw, 'zh-TW');
    expect(closed.textContent).toBe('软件');
    const pc = createPageConverter(document, {
      shadowRootOf: browserShadowRootOf({ chrome: { dom: { openOrClosedShadowRoot: api } } }),
    });
    await pc.convert(toTw, 'zh-TW');
    expect(closed.textContent).toBe('軟件');
    expect(ours.textContent).toBe('软件');
    expect(api).not.toHaveBeenCalledWith(document.getElementById('ours'));
    await pc.restore();
    expect(closed.innerHTML).toBe('<p>软件</p>');
  });

  it('converts text added inside a root later, and roots of elements defined later', async () => {
    document.body.innerHTML = '<div id="host"></div><late-card>软件</late-card>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>软件</p>';
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-TW');
    pc.observe(toTw);
    const added = document.createElement('p');
    added.textContent = '头发';
    shadow.append(added);
    await vi.waitFor(() => expect(added.textContent).toBe('頭髮'));
    class LateCard extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<p>网络</p><slot></slot>';
      }
    }
    customElements.define('late-card', LateCard);
    const card = document.querySelector('late-card')!;
    await vi.waitFor(() => expect(card.shadowRoot?.textContent).toBe('網絡'));
    await pc.restore();
    expect(shadow.innerHTML).toBe('<p>软件</p><p>头发</p>');
    expect(card.shadowRoot!.innerHTML).toBe('<p>网络</p><slot></slot>');
    expect(card.textContent).toBe('软件');
  });

  it('converts a same-origin frame and puts it back', async () => {
    document.body.innerHTML = '<p>软件</p><iframe srcdoc="<p title=&quot;发展&quot;>头发</p>"></iframe>';
    const frame = document.querySelector('iframe')!;
    await vi.waitFor(() => expect(frame.contentDocument?.body?.textContent).toBe('头发'));
    const before = frame.contentDocument!.body.innerHTML;
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-TW');
    pc.observe(toTw);
    const body = frame.contentDocument!.body;
    expect(body.textContent).toBe('頭髮');
    expect(body.querySelector('p')!.getAttribute('title')).toBe('發展');
    const later = frame.contentDocument!.createElement('p');
    later.textContent = '网络';
    body.append(later);
    await vi.waitFor(() => expect(later.textContent).toBe('網絡'));
    await pc.restore();
    later.remove();
    expect(body.innerHTML).toBe(before);
  });
});
