// Parser-breaking elements inside an article (issue 15 §5): <plaintext>, <xmp>, <noembed>, <noframes>
// and MathML copied as themselves serialise to markup that, parsed and sanitised again, loses everything
// after them. The clipping HTML is built from an allow-list, so its rendered text is the detected text.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/article/detect';
import { sanitizeHtml } from '../../lib/clippings/sanitize';
import { articleText } from '../../lib/tab/controller';

const PARAGRAPHS = [
  '国务院新闻办公室今天上午举行新闻发布会，介绍今年前三季度国民经济运行情况，并回答记者提问。',
  '发言人表示，前三季度经济运行总体平稳、稳中有进，生产需求持续恢复，就业物价总体稳定。',
  '从工业生产看，规模以上工业增加值同比增长，装备制造业和高技术制造业增速明显快于全部工业。',
  '从市场销售看，社会消费品零售总额稳步增长，服务零售额增长较快，网上零售额占比继续提高。',
  '发言人同时指出，外部环境更趋复杂严峻，国内需求仍显不足，经济持续回升向好的基础还需巩固。',
  '下一步，要加大宏观政策调控力度，着力扩大国内需求，推动经济实现质的有效提升和量的合理增长。',
];

/** An article whose paragraphs each hold one parser-breaking element, built through the DOM. */
function breakoutArticle(): Document {
  const doc = document.implementation.createHTMLDocument('发布会');
  const main = doc.createElement('article');
  main.className = 'article-content';
  const h1 = doc.createElement('h1');
  h1.textContent = '国新办举行前三季度国民经济运行情况新闻发布会';
  doc.body.append(h1, main);
  const breakers = [
    () => doc.createElement('plaintext'),
    () => doc.createElement('xmp'),
    () => doc.createElement('noembed'),
    () => doc.createElement('noframes'),
    () => doc.createElementNS('http://www.w3.org/1998/Math/MathML', 'mtext'),
  ];
  PARAGRAPHS.forEach((text, i) => {
    const p = doc.createElement('p');
    const breaker = breakers[i % breakers.length]!();
    const cut = 12;
    // The breaker's text holds markup-looking characters, as a raw-text element's would.
    breaker.textContent = `${text.slice(0, cut)}</${breaker.localName}><b>`;
    p.append(breaker, doc.createTextNode(text.slice(cut)));
    main.append(p);
  });
  return doc;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('clipping HTML with parser-breaking elements', () => {
  const article = detectArticle(breakoutArticle(), 'https://news.example/a.html');

  it('detects the article with the breakers’ text', () => {
    expect(article.isArticle).toBe(true);
    expect(articleText(article)).toContain('</plaintext><b>');
  });

  it('creates none of them in the HTML', () => {
    expect(article.html).not.toMatch(/<(plaintext|xmp|noembed|noframes|mtext|math)\b/i);
  });

  it('renders, once sanitised and parsed again, to exactly the detected text', () => {
    const clean = sanitizeHtml(article.html, window);
    const box = document.createElement('div');
    box.innerHTML = clean ?? '';
    expect(squash(box.textContent ?? '')).toBe(squash(articleText(article)));
    expect(box.textContent).toContain(PARAGRAPHS.at(-1)!.slice(20));
  });
});
