import { describe, expect, it } from 'vitest';
import { rangeOf, textFrom } from '../../lib/page-text/text-at-point';

function firstText(el: Element): Text {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  return walker.nextNode() as Text;
}

describe('textFrom', () => {
  it('reads across inline elements within a block', () => {
    document.body.innerHTML = '<p id="p"><b>头</b>发很长<a href="#">领导</a>人</p><p>下一段</p>';
    const p = document.getElementById('p')!;
    const run = textFrom({ node: firstText(p), offset: 0 }, 16);
    expect(run.text).toBe('头发很长领导人');
    expect(run.pieces).toHaveLength(4);
  });

  it('stops at the end of the block and at max length', () => {
    document.body.innerHTML = '<div><p id="p">高质量发展</p><p>不应读到</p></div>';
    const node = firstText(document.getElementById('p')!);
    expect(textFrom({ node, offset: 2 }, 16).text).toBe('量发展');
    expect(textFrom({ node, offset: 0 }, 3).text).toBe('高质量');
  });

  it('skips ruby annotations', () => {
    document.body.innerHTML = '<p id="p"><ruby>领<rt>lǐng</rt></ruby><ruby>导<rt>dǎo</rt></ruby>人</p>';
    const run = textFrom({ node: firstText(document.getElementById('p')!), offset: 0 }, 16);
    expect(run.text).toBe('领导人');
  });

  it('builds a range over the matched characters across nodes', () => {
    document.body.innerHTML = '<p id="p"><b>头</b>发很长</p>';
    const run = textFrom({ node: firstText(document.getElementById('p')!), offset: 0 }, 16);
    const range = rangeOf(document, run, 2);
    expect(range?.toString()).toBe('头发');
    expect(rangeOf(document, run, 0)).toBeNull();
  });
});
