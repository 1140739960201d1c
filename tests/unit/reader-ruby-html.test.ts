// The reader's ruby as HTML from the worker (lib/reader/ruby.ts rubyHtml / htmlFragment, the protocol
// in worker-protocol.ts) builds exactly the DOM the script path builds and escapes the text.
import { describe, expect, it } from 'vitest';
import { compileCedict } from '../../lib/dictionary/compile';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { appendSections, blocksHtmlPieces, chunkBlocks } from '../../lib/reader/chunks';
import type { ReadingToken } from '../../lib/reader/readings';
import {
  annotateInSlices,
  batches,
  hanTextNodes,
  hanTextNodesInSlices,
  htmlFragment,
  rubyFragment,
  rubyHtml,
} from '../../lib/reader/ruby';
import { answerAnnotate, createAnnotateClient, isAnnotateRequest } from '../../lib/reader/worker-protocol';

const TOKENS: ReadingToken[] = [
  { text: '银行', start: 0, readings: ['yin2', 'hang2'] },
  { text: '<b>&"', start: 2, readings: ['', '', '', '', ''] },
  { text: 'A股', start: 7, readings: ['', 'gu3'] },
  { text: '了', start: 9, readings: ['le5'] },
  { text: '。', start: 10, readings: [''] },
];

const asHtml = (fragment: DocumentFragment): string => {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
};

describe('ruby as HTML', () => {
  it('gives the same DOM as the script path, text escaped', () => {
    const fromHtml = htmlFragment(document, rubyHtml(TOKENS));
    expect(asHtml(fromHtml)).toBe(asHtml(rubyFragment(document, TOKENS)));
    const div = document.createElement('div');
    div.append(htmlFragment(document, rubyHtml(TOKENS)));
    expect(div.textContent).toBe('银行<b>&"A股了。');
    expect(div.querySelector('b')).toBeNull();
    expect([...div.querySelectorAll('rt')].map((rt) => rt.getAttribute('data-p'))).toEqual([
      'yín',
      'háng',
      null, // A: a character without a reading has an empty <rt>
      'gǔ',
      'le',
    ]);
    expect(div.querySelector('rt')?.className).toBe('t2');
  });

  it('annotateInSlices writes HTML answers, first batch small, and counts their words', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>银行</p><p>银行</p><p>银行</p>';
    const asked: number[] = [];
    let first = 0;
    const words = await annotateInSlices(
      root,
      (texts) => {
        asked.push(texts.length);
        return texts.map(() => ({ html: rubyHtml(TOKENS.slice(0, 1)), words: 1 }));
      },
      { firstBatchChars: 2, batchChars: 10, onFirstBatch: () => first++, yieldNow: async () => undefined },
    );
    expect(words).toBe(3);
    expect(asked).toEqual([1, 2]);
    expect(first).toBe(1);
    expect(root.querySelectorAll('p > ruby.w').length).toBe(3);
  });

  it('annotateInSlices asks for the next batches before it has the first answer', async () => {
    const root = document.createElement('div');
    root.innerHTML = ['银行', '银行', '银行', '银行', '银行'].map((t) => `<p>${t}</p>`).join('');
    const answers: (() => void)[] = [];
    const annotator = (texts: string[]) =>
      new Promise<{ html: string; words: number }[]>((resolve) => {
        answers.push(() => resolve(texts.map(() => ({ html: rubyHtml(TOKENS.slice(0, 1)), words: 1 }))));
      });
    const done = annotateInSlices(root, annotator, {
      firstBatchChars: 2,
      batchChars: 2,
      ahead: 2,
      yieldNow: async () => undefined,
    });
    expect(answers.length).toBe(3); // the first batch and two ahead, nothing answered yet
    for (let i = 0; i < 5; i++) {
      answers[i]?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(answers.length).toBe(5);
    expect(await done).toBe(5);
    expect(root.querySelectorAll('p > ruby.w').length).toBe(5);
  });

  it('groups text nodes into a small first batch, then larger ones', () => {
    const nodes = ['一二', '三四', '五六', '七八', '九十'].map((s) => document.createTextNode(s));
    expect(batches(nodes, 4, 2).map((b) => b.map((n) => n.data).join('|'))).toEqual([
      '一二',
      '三四|五六',
      '七八|九十',
    ]);
  });
});

describe('worker protocol', () => {
  it('answers tokens or HTML, and the client matches replies by id', async () => {
    const model = async () => ({
      dictionary: loadDictionary(compileCedict('銀行 银行 [yin2 hang2] /bank/\n', {}, new Map(), false)),
      table: {},
    });
    const sent: unknown[] = [];
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const client = createAnnotateClient({
      postMessage: (message) => {
        sent.push(message);
        if (!isAnnotateRequest(message)) return;
        void answerAnnotate(model, message).then((reply) => {
          for (const l of listeners) l({ data: reply });
        });
      },
      addEventListener: (_type, listener) => listeners.push(listener),
    });
    const [tokens, html] = await Promise.all([client.tokens(['银行']), client.html(['银行'])]);
    expect(tokens[0]?.[0]?.readings).toEqual(['yin2', 'hang2']);
    expect(html[0]?.words).toBe(1);
    expect(html[0]?.html).toContain('data-p="yín"');
    expect(sent).toEqual([
      { id: 1, texts: ['银行'], html: false },
      { id: 2, texts: ['银行'], html: true },
    ]);
    expect(isAnnotateRequest({ id: 1, texts: ['x'], html: 'yes' })).toBe(false);
  });
});

describe('sections of the body', () => {
  it('groups blocks in order into sections of about n characters, inside a lone wrapper', () => {
    const body = document.createElement('div');
    body.innerHTML =
      '<div><p>一二三</p><p>四五六</p><ul><li>七</li><li>八</li></ul><p>九十</p><table><tr><td>甲</td></tr></table></div>';
    const before = body.textContent;
    expect(chunkBlocks(body, 4, 4)).toBe(3);
    expect(body.textContent).toBe(before);
    const sections = [...body.querySelectorAll('div.reader-chunk')];
    expect(sections.map((s) => s.parentElement === body.firstElementChild)).toEqual([true, true, true]);
    expect(sections.map((s) => [...s.children].map((c) => c.tagName).join(' '))).toEqual([
      'P P',
      'UL P',
      'TABLE',
    ]);
    expect(body.querySelectorAll('li').length).toBe(2);
  });

  it('makes the first few sections smaller, so the first screen lays out only what it shows', () => {
    const body = document.createElement('div');
    body.innerHTML = Array.from({ length: 8 }, (_, i) => `<p>${'一二三四五六七八'[i]}甲</p>`).join('');
    expect(chunkBlocks(body, 6, 2)).toBe(6);
    const sizes = [...body.querySelectorAll('div.reader-chunk')].map((s) => s.children.length);
    expect(sizes).toEqual([1, 1, 1, 1, 3, 1]);
  });

  it('leaves a body of one block alone', () => {
    const body = document.createElement('div');
    body.innerHTML = '<p>只有一段</p>';
    expect(chunkBlocks(body)).toBe(0);
    expect(body.innerHTML).toBe('<p>只有一段</p>');
  });
});

describe('a long body in pieces', () => {
  const html =
    '<div><h2>标题</h2><p>一二三</p>\n<p>四五六</p><ul><li>七</li></ul>尾<p>九十&lt;</p><!-- x --></div>';

  it('cuts between blocks inside the wrapper, the first piece about firstChars, losing no text', () => {
    const pieces = [...blocksHtmlPieces(document, html, 2, 4)];
    expect(pieces).toEqual([
      '<h2>标题</h2>',
      '<p>一二三</p>\n',
      '<p>四五六</p><ul><li>七</li></ul>',
      '尾<p>九十&lt;</p>',
    ]);
    const box = document.createElement('div');
    box.innerHTML = pieces.join('');
    expect(box.textContent).toBe('标题一二三\n四五六七尾九十<');
  });

  it('keeps a short body whole', () => {
    expect([...blocksHtmlPieces(document, html, 100, 4)]).toEqual([html]);
    expect([...blocksHtmlPieces(document, '<p>一段很长的文字</p>', 2, 2)]).toEqual(['<p>一段很长的文字</p>']);
  });

  it('appends each piece as a section through toHtml, yielding between slices, and stops when cancelled', async () => {
    const body = document.createElement('div');
    let clock = 0;
    let yields = 0;
    const sections = await appendSections(
      body,
      ['<p>甲</p>', '<p>乙</p>', '<p>丙</p>'],
      (p) => p.replace('p>', 'p class="x">'),
      {
        budget: 1,
        now: () => (clock += 1),
        yieldNow: async () => {
          yields++;
        },
      },
    );
    expect(sections?.length).toBe(3);
    expect(body.innerHTML).toBe(
      '<div class="reader-chunk"><p class="x">甲</p></div><div class="reader-chunk"><p class="x">乙</p></div><div class="reader-chunk"><p class="x">丙</p></div>',
    );
    expect(yields).toBeGreaterThan(0);
    let left = 1;
    const stopped = await appendSections(body, ['<p>丁</p>', '<p>戊</p>'], (p) => p, {
      yieldNow: async () => undefined,
      cancelled: () => left-- <= 0,
    });
    expect(stopped).toBeNull();
    expect(body.children.length).toBe(4);
  });
});

describe('Han text nodes of many sections', () => {
  it('are those of each section in order, with yields between slices', async () => {
    const sections = ['<p>甲乙</p><p>abc</p>', '<p>丙<b>丁</b></p>', '<p>xyz</p>'].map((html) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      return div;
    });
    let clock = 0;
    let yields = 0;
    const nodes = await hanTextNodesInSlices(
      sections,
      async () => void yields++,
      1,
      () => (clock += 1),
    );
    expect(nodes.map((n) => n.data)).toEqual(['甲乙', '丙', '丁']);
    expect(nodes).toEqual(sections.flatMap((s) => hanTextNodes(s)));
    expect(yields).toBeGreaterThan(0);
  });
});
