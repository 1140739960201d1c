// "Save selection" in the reader (lib/reader/selection.ts): only a selection inside the article counts,
// and the clipping carries the article's metadata with the selected text.
import { expect, test } from 'vitest';
import { captureRange } from '../../lib/page-text/anchor';
import { rangeInside, selectionClipping } from '../../lib/reader/selection';
import type { ClippingInput } from '../../lib/types';

function page() {
  document.body.innerHTML =
    '<aside id="side">显示设置</aside><div id="text"><p id="p">这位<ruby class="w">银<rt></rt>行<rt></rt></ruby>行长在重庆长大。</p></div>';
  const select = (node: Node, start: number, endNode: Node, end: number) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(endNode, end);
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection;
  };
  return { text: document.getElementById('text'), side: document.getElementById('side'), select };
}

test('a selection inside the article is offered; outside, collapsed or blank it is not', () => {
  const { text, side, select } = page();
  const p = document.getElementById('p') as HTMLElement;
  expect(rangeInside(select(p, 0, p, 2), text)?.toString()).toBe('这位银行');
  expect(rangeInside(select(side as Node, 0, p, 1), text)).toBeNull();
  expect(rangeInside(select(p, 1, p, 1), text)).toBeNull();
  expect(rangeInside(null, text)).toBeNull();
});

test('the clipping is a selection of the article, in the script shown', () => {
  const { text, select } = page();
  const p = document.getElementById('p') as HTMLElement;
  const range = rangeInside(select(p, 0, p, 3), text) as Range;
  const capture = captureRange(document, range);
  expect(capture).not.toBeNull();
  const article: ClippingInput = {
    url: 'https://example.com/a',
    title: '银行行长谈长大的城市',
    site: '示例日报',
    byline: null,
    published: '2024-03-15',
    kind: 'article',
    text: '全文',
    script: 'zh-Hans',
    html: '<p>全文</p>',
  };
  const clipping = selectionClipping(article, capture!, 'zh-Hant');
  expect(clipping).toMatchObject({
    url: 'https://example.com/a',
    title: '银行行长谈长大的城市',
    site: '示例日报',
    published: '2024-03-15',
    kind: 'selection',
    script: 'zh-Hant',
    html: '',
    text: capture!.anchor.exact.trim(),
  });
  expect(clipping.text).toContain('银行');
  expect(clipping.sentence).toContain('重庆');
});
