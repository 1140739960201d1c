import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceAt, wordContext } from '../../lib/vocabulary/context';

function textNodeWith(html: string, word: string): { node: Text; offset: number } {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(word);
    if (i >= 0) return { node: n as Text, offset: i };
  }
  throw new Error(`no ${word}`);
}

describe('the sentence around a saved word', () => {
  it('cuts at sentence punctuation and keeps the full stop and closing quotes', () => {
    const text = '会议指出，要稳住经济大盘。他说：「经济持续恢复。」随后散会！';
    const at = text.indexOf('经济持续');
    expect(sentenceAround(text, at, 2)).toEqual({
      sentence: '他说：「经济持续恢复。」',
      start: 4,
      length: 2,
    });
    expect(sentenceAround(text, text.indexOf('经济大盘'), 2)).toEqual({
      sentence: '会议指出，要稳住经济大盘。',
      start: 8,
      length: 2,
    });
    expect(sentenceAround(text, text.indexOf('散会'), 2).sentence).toBe('随后散会！');
  });

  it('reads across inline elements but not across blocks, and leaves ruby pinyin out', () => {
    const { node, offset } = textNodeWith(
      '<h1>标题。</h1><p>今年<b>经济</b>形势<ruby>复<rt>fù</rt></ruby>杂，<a href="#">发展</a>任务重。下一句。</p>',
      '发展',
    );
    expect(sentenceAt(node, offset, 2)).toEqual({
      sentence: '今年经济形势复杂，发展任务重。',
      start: 9,
      length: 2,
    });
  });

  it('keeps a window around the word in an endless sentence, and builds the message context', () => {
    const long = `${'很长的句子'.repeat(100)}经济${'没有句号'.repeat(100)}`;
    const { node, offset } = textNodeWith(`<p>${long}</p>`, '经济');
    const got = sentenceAt(node, offset, 2, 40);
    expect(got.sentence).toHaveLength(40);
    expect(got.sentence.slice(got.start, got.start + got.length)).toBe('经济');
    const context = wordContext(node, offset, 2, {
      url: 'https://news.example.cn/a',
      title: '标题',
      site: 'news.example.cn',
      published: null,
      clippingId: 7,
    });
    expect(context.sentence.slice(context.start, context.start + 2)).toBe('经济');
    expect(context).toMatchObject({ url: 'https://news.example.cn/a', clippingId: 7, length: 2 });
  });

  it('turns line breaks into spaces and trims the end', () => {
    expect(sentenceAround('第一行\n经济 增长  \n', 4, 2)).toEqual({
      sentence: '经济 增长',
      start: 0,
      length: 2,
    });
  });
});
