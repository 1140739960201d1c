// Text hidden by markup (the hidden attribute, aria-hidden="true", inline display:none) is left out of the
// detected article's text; the clipping HTML must leave out the same, or a saved clipping renders text
// the reader never saw as the article (issue 15 §5: the rendered clipping's text is the detected text).
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/article/detect';
import { sanitizeHtml } from '../../lib/clippings/sanitize';
import { articleText } from '../../lib/tab/controller';

const PARAGRAPHS = [
  '国务院新闻办公室今天上午举行新闻发布会，介绍今年前三季度国民经济运行情况，并回答记者提问。',
  '发言人表示，前三季度经济运行总体平稳、稳中有进，生产需求持续恢复，就业物价总体稳定。',
  '从工业生产看，规模以上工业增加值同比增长，装备制造业和高技术制造业增速明显快于全部工业。',
  '从市场销售看，社会消费品零售总额稳步增长，服务零售额增长较快，网上零售额占比继续提高。',
];

/** Each way of hiding, with text no visible paragraph holds; each is put inside a paragraph and again
 *  between paragraphs. */
const HIDDEN = [
  ['aria-hidden', '<span aria-hidden="true">读屏软件跳过的重复标题文字</span>'],
  ['hidden', '<p hidden>带有隐藏属性的整段文字不应出现</p>'],
  ['display:none', '<div style="display: none"><p>样式隐藏的整段文字也不应出现</p></div>'],
] as const;

function articleWith(hidden: string): Document {
  const doc = document.implementation.createHTMLDocument('发布会');
  const paragraphs = PARAGRAPHS.map((text, i) => (i === 1 ? `<p>${text}${hidden}</p>` : `<p>${text}</p>`));
  doc.body.innerHTML = `<h1>国新办举行前三季度国民经济运行情况新闻发布会</h1>
    <article class="article-content">${paragraphs.join('')}${hidden}</article>`;
  return doc;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('clipping HTML leaves out what the article text leaves out', () => {
  it.each(HIDDEN)('text hidden by %s', (_how, markup) => {
    const article = detectArticle(articleWith(markup), 'https://news.example/a.html');
    expect(article.isArticle).toBe(true);
    const hiddenText = markup.replace(/<[^>]+>/g, '');
    expect(articleText(article)).not.toContain(hiddenText);
    const box = document.createElement('div');
    box.innerHTML = sanitizeHtml(article.html, window) ?? '';
    expect(box.textContent).toContain(PARAGRAPHS[3]);
    expect(box.textContent).not.toContain(hiddenText);
    expect(squash(box.textContent ?? '')).toBe(squash(articleText(article)));
  });
});
