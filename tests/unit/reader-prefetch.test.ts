// Reading an article ahead in the reader's worker (lib/reader/prefetch.ts): which texts it reads, that a
// text read ahead is answered exactly as a fresh read would answer it, and that the read-ahead gives
// way to requests and skips what they already read.
import { describe, expect, it } from 'vitest';
import { compileCedict } from '../../lib/dictionary/compile';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { AnswerCache, articleTexts, readAhead } from '../../lib/reader/prefetch';
import type { ReadingModel } from '../../lib/reader/readings';
import {
  type AnnotateReply,
  answerAnnotate,
  createAnnotateClient,
  isArticleMessage,
  type TextAnswer,
  textAnswer,
} from '../../lib/reader/worker-protocol';

const CEDICT = [
  '銀行 银行 [yin2 hang2] /bank/',
  '行長 行长 [hang2 zhang3] /bank president/',
  '長大 长大 [zhang3 da4] /to grow up/',
  '行 行 [xing2] /to walk/',
  '行 行 [hang2] /row/',
  '長 长 [chang2] /long/',
  '長 长 [zhang3] /chief/',
].join('\n');

const model: ReadingModel = {
  dictionary: loadDictionary(compileCedict(`${CEDICT}\n`, {}, new Map(), false)),
  table: {},
};

describe('articleTexts', () => {
  it('takes the runs of Han text between tags, entities decoded, comments and Latin-only runs left out', () => {
    const html =
      '<h1>银行&amp;行长</h1><!-- 注释 --><p>他<b>长大</b>了。</p><p>Latin only</p><p>A&#32593;&#x7AD9;&lt;&nbsp;</p>';
    expect(articleTexts(html, 'ignored')).toEqual(['银行&行长', '他', '长大', '了。', 'A网站<\u00a0']);
  });

  it('stops after about maxChars characters, and reads lines of text when there is no HTML', () => {
    expect(articleTexts('<p>一二三</p><p>四五六</p><p>七八九</p>', '', 4)).toEqual(['一二三', '四五六']);
    expect(articleTexts(undefined, '银行\n\nLatin\n行长')).toEqual(['银行', '行长']);
  });
});

describe('readAhead', () => {
  it('reads each text once, one per task, skipping texts answered meanwhile, then calls done', () => {
    const cache = new AnswerCache<string>();
    const tasks: (() => void)[] = [];
    const read: string[] = [];
    let done = false;
    readAhead(
      ['甲', '乙', '丙', '甲'],
      cache,
      (t) => {
        read.push(t);
        return `<${t}>`;
      },
      (next) => tasks.push(next),
      () => {
        done = true;
      },
    );
    expect(read).toEqual([]); // nothing before its first task
    tasks.shift()?.();
    expect(read).toEqual(['甲']);
    // A request for 乙 arrives between two tasks: answered now, kept, not read again.
    expect(cache.answer('乙', (t) => `[${t}]`)).toBe('[乙]');
    while (tasks.length > 0) tasks.shift()?.();
    expect(read).toEqual(['甲', '丙']);
    expect(done).toBe(true);
    expect(cache.get('乙')).toBe('[乙]');
    // A text not read ahead is answered but not kept.
    expect(cache.answer('丁', (t) => t)).toBe('丁');
    expect(cache.has('丁')).toBe(false);
  });
});

describe('the worker with a read-ahead cache', () => {
  it('answers a text read ahead exactly as it answers one read fresh', async () => {
    const texts = ['银行行长长大了。', '他在银行。'];
    const cache = new AnswerCache<TextAnswer>();
    const tasks: (() => void)[] = [];
    readAhead(
      texts,
      cache,
      (t) => textAnswer(t, model),
      (next) => tasks.push(next),
    );
    while (tasks.length > 0) tasks.shift()?.();
    expect(cache.has(texts[0] as string)).toBe(true);
    const load = async () => model;
    for (const html of [true, false]) {
      const ahead = await answerAnnotate(load, { id: 1, texts, html }, cache);
      const fresh = await answerAnnotate(load, { id: 1, texts, html });
      expect(ahead).toEqual(fresh);
      expect((fresh as AnnotateReply & { ok: true }).ok).toBe(true);
    }
  });

  it('the client hands the article over once, its HTML cut to a bounded length', () => {
    const sent: unknown[] = [];
    const client = createAnnotateClient({
      postMessage: (m) => sent.push(m),
      addEventListener: () => undefined,
    });
    client.readAhead({ html: `<p>${'长'.repeat(100_000)}</p>`, text: 'x' });
    client.readAhead({ text: '银行' });
    expect(sent.every(isArticleMessage)).toBe(true);
    expect((sent[0] as { html: string }).html.length).toBeLessThan(100_000);
    expect(sent[1]).toEqual({ kind: 'article', text: '银行' });
    expect(isArticleMessage({ kind: 'article', text: 1 })).toBe(false);
  });
});
