import { describe, expect, it } from 'vitest';
import { collectText } from '../../lib/hover/underline';
import { buildTextIndex, captureRange, rangeOfOffsets } from '../../lib/page-text/anchor';
import {
  blockOf,
  isBoundaryElement,
  isPageText,
  isSkippedElement,
  PAGE_TEXT,
  RUBY_ANNOTATIONS,
} from '../../lib/page-text/model';
import { textBefore, textFrom } from '../../lib/page-text/text-at-point';

const RUBY =
  '<p id="p">会议强调<ruby>领<rp>(</rp><rt>lǐng</rt><rp>)</rp></ruby><ruby>导<rt>dǎo</rt></ruby>人讲话。</p>';

function textOf(id: string): Text {
  return document.getElementById(id)!.firstChild as Text;
}

describe('page-text model', () => {
  it('names ruby annotations as a skipped exception and a boundary, not a block', () => {
    document.body.innerHTML = '<ruby>领<rt>lǐng</rt></ruby><script>x</script><b>b</b><div>d</div>';
    const rt = document.querySelector('rt')!;
    expect(RUBY_ANNOTATIONS.has('RT')).toBe(true);
    expect(isSkippedElement(rt)).toBe(true);
    expect(isSkippedElement(document.querySelector('script')!)).toBe(true);
    expect(isSkippedElement(document.querySelector('b')!)).toBe(false);
    expect(isBoundaryElement(document.querySelector('div')!)).toBe(true);
    expect(isBoundaryElement(document.querySelector('b')!)).toBe(false);
    expect(PAGE_TEXT.block.has('RT')).toBe(false);
  });

  it('leaves our own UI and text inside skipped ancestors out', () => {
    document.body.innerHTML =
      '<div data-wenzhai-ui><p>卡片</p></div><noscript><p>无</p></noscript><p>正文</p>';
    const [ui, hidden, body] = Array.from(document.querySelectorAll('p')).map((p) => p.firstChild!);
    expect(isPageText(ui!)).toBe(false);
    expect(isPageText(hidden!)).toBe(false);
    expect(isPageText(body!)).toBe(true);
    expect(blockOf(body!)?.tagName).toBe('P');
  });

  it('anchors, hover and the underline agree about ruby text', () => {
    document.body.innerHTML = RUBY;
    const expected = '会议强调领导人讲话。';
    // Anchors: the indexed page text has no pinyin, so a saved 领导人 is found where hover sees it.
    expect(buildTextIndex(document).text).toBe(expected);
    // Hover: the run read from the first character, and the text before 人.
    expect(textFrom({ node: textOf('p'), offset: 0 }, 32).text).toBe(expected);
    const ren = Array.from(document.getElementById('p')!.childNodes).find(
      (n) => n.nodeType === 3 && (n as Text).data.startsWith('人'),
    ) as Text;
    expect(textBefore({ node: ren, offset: 0 }, 16)).toBe('会议强调领导');
    // Underline: the collected article text.
    expect(collectText(document.body, 1000).text).toBe(expected);
    // A selection over the ruby word captures the characters only.
    const index = buildTextIndex(document);
    const range = rangeOfOffsets(document, index, 4, 7)!;
    expect(captureRange(document, range, index)?.anchor.exact).toBe('领导人');
  });
});
