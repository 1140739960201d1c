// Small hand-written words and contexts for the vocabulary tests.
import type { ContextInput, WordEntryInput } from '../../lib/vocabulary/types';

export const jingji: WordEntryInput = {
  simplified: '经济',
  traditional: '經濟',
  pinyin: 'jīng jì',
  definitions: ['economy', 'economic'],
};
export const fazhan: WordEntryInput = {
  simplified: '发展',
  traditional: '發展',
  pinyin: 'fā zhǎn',
  definitions: ['development', 'to develop'],
};
export const lingdao: WordEntryInput = {
  simplified: '领导',
  traditional: '領導',
  pinyin: 'lǐng dǎo',
  definitions: ['leadership', 'to lead'],
};

export function contextAt(
  sentence: string,
  word: string,
  url = 'https://news.example.cn/a/1.html',
): ContextInput {
  return {
    sentence,
    start: sentence.indexOf(word),
    length: word.length,
    url,
    title: '示例新闻',
    site: new URL(url).hostname,
    published: '2025-03-06',
    clippingId: null,
  };
}
