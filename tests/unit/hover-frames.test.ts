// Hover in frames (issue 15 §2) on happy-dom: which frame documents are ours to read, where a frame's
// viewport sits in the top one, descending through frames under a point, whose script serves a frame,
// and the listeners on frame windows (only the browser's own events make us look for frames again).
// Real pointer events and layout are the end-to-end test's (tests/e2e/hover-frames.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameScriptStatus, framesAnswering } from '../../lib/hover/frame-inject';
import { frameHint } from '../../lib/hover/frame-tools';
import { hintedFrame, reachFrames, wordInView } from '../../lib/hover/frames';
import { documentAt, focusedDocument, frameDocument, offsetInTop } from '../../lib/page-text/frames';
import { extensionShadowRoot } from '../../lib/page-text/shadow-root';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A same-origin iframe holding `html` (srcdoc: happy-dom loads no about:blank frame), once loaded. */
async function blankFrame(parent: Document, html: string, id = 'f'): Promise<HTMLIFrameElement> {
  const frame = parent.createElement('iframe');
  frame.id = id;
  frame.srcdoc = html || '<p></p>';
  parent.body.append(frame);
  await vi.waitFor(() => expect(frame.contentDocument?.body).toBeTruthy());
  // happy-dom does not link a frame's window back to its element, as browsers do.
  const win = frame.contentWindow!;
  if (!win.frameElement) Object.defineProperty(win, 'frameElement', { value: frame, configurable: true });
  return frame;
}

function rectAt(left: number, top: number, width = 100, height = 50): DOMRect {
  return new DOMRect(left, top, width, height);
}

describe('frame documents', async () => {
  it('reads same-origin frame documents, never a cross-origin one', async () => {
    const outer = await blankFrame(document, '<p>外层</p>', 'outer');
    const foreign = document.createElement('iframe');
    foreign.srcdoc = '<p>别处</p>';
    document.body.append(foreign);
    Object.defineProperty(foreign, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(frameDocument(outer)).toBe(outer.contentDocument);
    expect(frameDocument(foreign)).toBeNull();
    expect(frameDocument(document.body)).toBeNull();
  });

  it("puts a frame's viewport at its box plus border and padding, nested frames adding up", async () => {
    const outer = await blankFrame(document, '', 'outer');
    const inner = await blankFrame(outer.contentDocument!, '<p id="w">会议</p>', 'inner');
    outer.style.padding = '5px';
    vi.spyOn(outer, 'getBoundingClientRect').mockReturnValue(rectAt(40, 100, 300, 200));
    vi.spyOn(outer, 'clientLeft', 'get').mockReturnValue(7);
    vi.spyOn(outer, 'clientTop', 'get').mockReturnValue(7);
    vi.spyOn(inner, 'getBoundingClientRect').mockReturnValue(rectAt(10, 20, 200, 100));
    expect(offsetInTop(document, document)).toEqual({ x: 0, y: 0 });
    expect(offsetInTop(outer.contentDocument!, document)).toEqual({ x: 52, y: 112 });
    expect(offsetInTop(inner.contentDocument!, document)).toEqual({ x: 62, y: 132 });
    // Not shown in this top document at all: no offset.
    const other = document.implementation.createHTMLDocument('');
    expect(offsetInTop(other, document)).toBeNull();
  });

  it('descends from the top through the frame under the point, with the point in its viewport', async () => {
    const frame = await blankFrame(document, '<p id="w">会议</p>');
    const inner = frame.contentDocument!;
    vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue(rectAt(40, 100, 300, 200));
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(frame);
    const word = inner.getElementById('w')!;
    vi.spyOn(inner, 'elementFromPoint').mockReturnValue(word);
    expect(documentAt(document, 60, 130)).toEqual({ doc: inner, x: 20, y: 30 });
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(document.body);
    expect(documentAt(document, 60, 130)).toEqual({ doc: document, x: 60, y: 130 });
  });

  it('follows the focus into a frame', async () => {
    const frame = await blankFrame(document, '<p>会议</p>');
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(frame);
    expect(focusedDocument(document)).toBe(frame.contentDocument);
  });

  it('says a word in a frame left the view when the frame scrolled it out, though the page did not', async () => {
    const frame = await blankFrame(document, '<p id="w">会议</p>');
    const inner = frame.contentDocument!;
    vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue(rectAt(40, 100, 300, 200));
    const range = inner.createRange();
    range.selectNodeContents(inner.getElementById('w')!);
    vi.spyOn(range, 'getBoundingClientRect').mockReturnValue(rectAt(10, 20, 30, 16));
    expect(wordInView(document, range)).toMatchObject({ left: 50, top: 120, width: 30, height: 16 });
    vi.spyOn(range, 'getBoundingClientRect').mockReturnValue(rectAt(10, -40, 30, 16));
    expect(wordInView(document, range)).toBeNull();
  });
});

describe('listening on frame windows', async () => {
  const handlers = () => ({
    mousemove: vi.fn(),
    keydown: vi.fn(),
    scroll: vi.fn(),
    tap: vi.fn(),
  });

  it("hands a frame window's moves and keys to the hover, and stops when told", async () => {
    const frame = await blankFrame(document, '<p>会议</p>');
    const on = handlers();
    const reach = reachFrames(document, on);
    reach.reach(frame); // as when the pointer enters it
    const win = frame.contentWindow!;
    win.dispatchEvent(new MouseEvent('mousemove', { clientX: 5, clientY: 6 }));
    win.dispatchEvent(new KeyboardEvent('keydown', { key: 'n' }));
    expect(on.mousemove).toHaveBeenCalledTimes(1);
    expect(on.keydown).toHaveBeenCalledTimes(1);
    // The handler gets the event itself: its isTrusted is checked by the transition, as in the top.
    expect(on.mousemove.mock.calls[0]![0]).toBeInstanceOf(MouseEvent);
    reach.stop();
    win.dispatchEvent(new MouseEvent('mousemove'));
    expect(on.mousemove).toHaveBeenCalledTimes(1);
  });

  it("a frame is reached when the browser says the pointer entered it, not on the page's forged events", async () => {
    const on = handlers();
    const reach = reachFrames(document, on);
    const frame = await blankFrame(document, '<p>后来</p>');
    // The page forges the events that would make us look: nothing happens.
    frame.dispatchEvent(new Event('load'));
    frame.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    frame.contentWindow!.dispatchEvent(new MouseEvent('mousemove'));
    expect(on.mousemove).not.toHaveBeenCalled();
    reach.reach(frame);
    frame.contentWindow!.dispatchEvent(new MouseEvent('mousemove'));
    expect(on.mousemove).toHaveBeenCalledTimes(1);
    reach.stop();
  });
});

describe('which frames get a script of their own', () => {
  it('not the top frame; a frame is picked only by the status it answered', () => {
    expect(frameScriptStatus()).toBe('served'); // the test runs in a top-level window
    const answers = [
      { frameId: 0, result: 'needs-script' },
      { frameId: 3, result: 'served' },
      { frameId: 5, result: 'needs-script' },
      { frameId: 6, result: 'has-script' },
      { frameId: 7 }, // the frame threw or went away
      { frameId: 9, result: true },
    ];
    expect(framesAnswering(answers, 'needs-script')).toEqual([5]);
    expect(framesAnswering(answers, 'has-script')).toEqual([6]);
  });
});

describe('frames inside closed shadow roots', () => {
  /** A component whose closed root holds a frame; `rootOf` is what the extension's API would answer. */
  async function closedComponent() {
    const host = document.createElement('x-widget');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    const frame = await blankFrame(document, '<p id="w">会议</p>');
    root.append(frame); // moved into the closed root once loaded (happy-dom loads it in the document)
    const rootOf = (el: Element) => (el === host ? root : el.shadowRoot);
    return { host, root, frame, rootOf };
  }

  it('descends from the top through a closed root into its frame, with the extension’s access only', async () => {
    const { host, root, frame, rootOf } = await closedComponent();
    const inner = frame.contentDocument!;
    vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue(rectAt(40, 100, 300, 200));
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(host);
    (root as { elementFromPoint?: unknown }).elementFromPoint = () => frame;
    vi.spyOn(inner, 'elementFromPoint').mockReturnValue(inner.getElementById('w'));
    expect(documentAt(document, 60, 130)).toEqual({ doc: document, x: 60, y: 130 }); // open roots only
    expect(documentAt(document, 60, 130, rootOf)).toEqual({ doc: inner, x: 20, y: 30 });
  });

  it('follows the focus into a frame inside a closed root', async () => {
    const { host, root, frame, rootOf } = await closedComponent();
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(host);
    Object.defineProperty(root, 'activeElement', { get: () => frame, configurable: true });
    expect(focusedDocument(document)).toBe(document);
    expect(focusedDocument(document, rootOf)).toBe(frame.contentDocument);
  });

  it('a trusted pointer entering a closed host hints at the frame under it; a forged one does not', async () => {
    const { host, root, frame, rootOf } = await closedComponent();
    (root as { elementFromPoint?: unknown }).elementFromPoint = () => frame;
    const over = (trusted: boolean) => {
      const event = new MouseEvent('mouseover', { clientX: 60, clientY: 130 });
      Object.defineProperty(event, 'isTrusted', { value: trusted });
      vi.spyOn(event, 'composedPath').mockReturnValue([host, document.body, document, window]);
      return event;
    };
    expect(hintedFrame(over(true), rootOf)).toBe(frame);
    expect(hintedFrame(over(true))).toBeNull(); // open roots only: the closed one is not seen
    expect(hintedFrame(over(false), rootOf)).toBeNull();
  });

  it('before the reach is loaded, a trusted pointer over a closed host holding a frame hints at the host', async () => {
    const { host, root, frame, rootOf } = await closedComponent();
    const over = (target: Element, trusted = true) => {
      const event = new MouseEvent('mouseover', { clientX: 60, clientY: 130 });
      Object.defineProperty(event, 'isTrusted', { value: trusted });
      vi.spyOn(event, 'composedPath').mockReturnValue([target, document.body, document, window]);
      return event;
    };
    const world = globalThis as { chrome?: unknown };
    world.chrome = { dom: { openOrClosedShadowRoot: rootOf } };
    try {
      const event = over(host);
      expect(frameHint(event, false)).toBe(host);
      expect(frameHint(event, true)).toBeNull(); // the loaded reach watches such hosts itself
      expect(frameHint(over(host, false), false)).toBeNull(); // the page's forged event
      expect(frameHint(over(document.body), false)).toBeNull(); // no root, no frame
      expect(frameHint(over(frame), true)).toBe(frame);
    } finally {
      delete world.chrome;
    }
    // Given the host and the (dispatched, so path-less) event, the reach finds the frame at its point.
    (root as { elementFromPoint?: unknown }).elementFromPoint = () => frame;
    const on = { mousemove: vi.fn(), keydown: vi.fn(), scroll: vi.fn(), tap: vi.fn() };
    const reach = reachFrames(document, on, rootOf);
    reach.reach(host, new MouseEvent('mouseover', { clientX: 60, clientY: 130 }));
    frame.contentWindow!.dispatchEvent(new MouseEvent('mousemove'));
    expect(on.mousemove).toHaveBeenCalledTimes(1);
    reach.stop();
  });

  it("reads a closed root through the browser's extension API, open roots without it", () => {
    const open = document.createElement('div');
    const openRoot = open.attachShadow({ mode: 'open' });
    const closed = document.createElement('x-closed');
    const closedRoot = closed.attachShadow({ mode: 'closed' });
    expect(extensionShadowRoot(open)).toBe(openRoot);
    expect(extensionShadowRoot(closed)).toBeNull(); // no API here (a page, Node)
    const world = globalThis as { chrome?: unknown };
    world.chrome = { dom: { openOrClosedShadowRoot: (el: Element) => (el === closed ? closedRoot : null) } };
    try {
      expect(extensionShadowRoot(closed)).toBe(closedRoot);
    } finally {
      delete world.chrome;
    }
  });
});
