// Ruby written where the browser renders it costs the next frame its style and layout, so the writer
// lets a frame through after `renderedChars` such characters (issue 18: no long task), while writes
// into sections content-visibility skips go on at once; which sections are skipped comes from the
// browser's contentvisibilityautostatechange events (lib/reader/chunks.ts trackRenderedSections).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blocksHtmlPieces, CHUNK_CLASS, chunkBlocks, trackRenderedSections } from '../../lib/reader/chunks';
import { annotateInSlices, frameRendered, hanTextNodes, rubyHtml } from '../../lib/reader/ruby';

const stateChange = (section: Element, skipped: boolean): void => {
  const event = new Event('contentvisibilityautostatechange');
  Object.defineProperty(event, 'skipped', { value: skipped });
  section.dispatchEvent(event);
};

/** An article of `count` paragraphs of 银行银行 (4 characters each), one section per paragraph. */
function article(count: number): { root: HTMLElement; sections: Element[] } {
  const root = document.createElement('div');
  root.innerHTML = `<div class="body">${'<p>银行银行</p>'.repeat(count)}</div>`;
  document.body.append(root);
  chunkBlocks(root.querySelector('.body') as Element, 1, 1);
  return { root, sections: [...root.querySelectorAll(`.${CHUNK_CLASS}`)] };
}

const BANK = [{ text: '银行', start: 0, readings: ['yin2', 'hang2'] }];
const annotator = (texts: string[]) => texts.map(() => ({ html: rubyHtml(BANK), words: 1 }));

describe('which sections are rendered', () => {
  it('follows each section state-change event, heard at the root; unknown counts as rendered', () => {
    const { root, sections } = article(3);
    const tracked = trackRenderedSections(root);
    const [a, b, c] = sections.map((s) => s.querySelector('p')?.firstChild as Text);
    expect([a, b, c].map((n) => tracked.rendered(n as Text))).toEqual([true, true, true]);
    stateChange(sections[1] as Element, true);
    stateChange(sections[2] as Element, true);
    expect([a, b, c].map((n) => tracked.rendered(n as Text))).toEqual([true, false, false]);
    stateChange(sections[2] as Element, false);
    expect(tracked.rendered(c as Text)).toBe(true);
    expect(tracked.rendered(root)).toBe(true); // outside any section
    tracked.dispose();
    stateChange(sections[0] as Element, true);
    expect(tracked.rendered(a as Text)).toBe(true);
    root.remove();
  });
});

describe('annotateInSlices paces rendered writes by frames', () => {
  it('lets a frame through after renderedChars rendered characters, none for skipped ones', async () => {
    const { root, sections } = article(6);
    const tracked = trackRenderedSections(root);
    for (const section of sections.slice(3)) stateChange(section, true);
    const log: string[] = [];
    const nodes = hanTextNodes(root);
    const written = (n: Text) => (n.isConnected ? 'text' : 'ruby');
    await annotateInSlices(root, annotator, {
      nodes,
      rendered: tracked.rendered,
      renderedChars: 8,
      yieldNow: async () => undefined,
      nextFrame: async () => {
        log.push(`frame after ${nodes.map(written).filter((w) => w === 'ruby').length}`);
      },
    });
    // Sections 1 and 2 (8 characters) are written, a frame, then section 3, and the skipped three
    // without waiting for frames.
    expect(log).toEqual(['frame after 2']);
    expect(root.querySelectorAll('p > ruby.w').length).toBe(6);
    tracked.dispose();
    root.remove();
  });

  it('waits for no frame without a limit (the default)', async () => {
    const { root } = article(4);
    let frames = 0;
    await annotateInSlices(root, annotator, {
      yieldNow: async () => undefined,
      nextFrame: async () => {
        frames++;
      },
    });
    expect(frames).toBe(0);
    expect(root.querySelectorAll('p > ruby.w').length).toBe(4);
    root.remove();
  });

  it('stops when cancelled while it waits for a frame', async () => {
    const { root } = article(4);
    let cancel = false;
    const words = await annotateInSlices(root, annotator, {
      renderedChars: 4,
      yieldNow: async () => undefined,
      cancelled: () => cancel,
      nextFrame: async () => {
        cancel = true;
      },
    });
    expect(words).toBe(-1);
    expect(root.querySelectorAll('p > ruby.w').length).toBe(1);
    root.remove();
  });
});

describe('a long body cut as it is inserted', () => {
  it('blocksHtmlPieces taken one at a time gives the same pieces as taken at once', () => {
    const html = `<article>${'<p>一二三四五</p>'.repeat(7)}tail</article>`;
    for (const [first, chars] of [
      [6, 9],
      [100, 4],
      [1, 1],
    ] as const) {
      const pieces = blocksHtmlPieces(document, html, first, chars);
      const head = pieces.next();
      expect(head.done).toBe(false);
      expect([head.value, ...pieces]).toEqual([...blocksHtmlPieces(document, html, first, chars)]);
    }
    expect([...blocksHtmlPieces(document, '<p>短</p>', 10, 10)]).toEqual(['<p>短</p>']);
  });

  it('keeps an article up to `whole` characters in one piece, cuts a longer one at firstChars', () => {
    const html = `<article>${'<p>一二三四五</p>'.repeat(7)}</article>`; // 35 characters
    expect([...blocksHtmlPieces(document, html, 6, 9, 35)]).toEqual([html]);
    const cut = [...blocksHtmlPieces(document, html, 6, 9, 34)];
    expect(cut).toEqual([...blocksHtmlPieces(document, html, 6, 9)]);
    expect(cut[0]).toBe('<p>一二三四五</p><p>一二三四五</p>');
  });
});

describe('frameRendered', () => {
  afterEach(() => vi.restoreAllMocks());

  it('waits for an animation frame in a visible page', async () => {
    const frame = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((run) => {
      setTimeout(() => run(0), 0);
      return 1;
    });
    await frameRendered();
    expect(frame).toHaveBeenCalledTimes(1);
  });

  it('does not wait for frames a hidden page never renders', async () => {
    const frame = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 1);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await frameRendered();
    expect(frame).not.toHaveBeenCalled();
    // Hidden while it waits: the frame that will not come is not waited for.
    visibility.mockReturnValue('visible');
    const waiting = frameRendered();
    expect(frame).toHaveBeenCalledTimes(1);
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await waiting;
  });
});
