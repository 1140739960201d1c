import { describe, expect, it } from 'vitest';
import { fold } from '../../lib/clippings/fold';
import {
  buildTextIndex,
  canonicalUrlOf,
  captureRange,
  rangeOfOffsets,
  sentenceAround,
} from '../../lib/page-text/anchor';
import { anchorRanges, findAnchor } from '../../lib/page-text/find-anchor';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function rangeOf(doc: Document, needle: string, skip = 0): Range {
  const index = buildTextIndex(doc);
  let at = -1;
  for (let i = 0; i <= skip; i++) at = index.text.indexOf(needle, at + 1);
  const range = rangeOfOffsets(doc, index, at, at + needle.length);
  if (!range) throw new Error('no range');
  return range;
}

const HTML =
  '<h1>會議召開</h1><p>第一段說明。會議強調，要<b>堅持高質量</b>發展。其後散會。</p>' +
  '<script>var x = "高質量";</script><p>第二段：高質量發展是首要任務。</p>';

describe('text-quote anchors', () => {
  it('indexes visible text with one newline per block, skipping scripts and our UI', () => {
    const doc = page(`${HTML}<div data-wenzhai-ui>高質量</div>`);
    expect(buildTextIndex(doc).text).toBe(
      '會議召開\n第一段說明。會議強調，要堅持高質量發展。其後散會。\n第二段：高質量發展是首要任務。',
    );
  });

  it('captures a selection across elements with its context and its sentence', () => {
    const doc = page(HTML);
    const captured = captureRange(doc, rangeOf(doc, '堅持高質量發展'));
    expect(captured?.anchor).toEqual({
      exact: '堅持高質量發展',
      prefix: '會議召開\n第一段說明。會議強調，要',
      suffix: '。其後散會。\n第二段：高質量發展是首要任務。',
      position: 17,
    });
    expect(captured?.sentence).toBe('會議強調，要堅持高質量發展。');
    expect(captureRange(doc, doc.createRange())).toBeNull();
  });

  it('finds the right one of several occurrences by its surroundings', () => {
    const doc = page(HTML);
    const second = captureRange(doc, rangeOf(doc, '高質量發展', 1))!;
    const folded = fold(buildTextIndex(doc).text);
    const [start] = findAnchor(folded, second.anchor)!;
    expect(start).toBe(second.anchor.position);
    expect(findAnchor(folded, { ...second.anchor, exact: '不在頁面上' })).toBeNull();
  });

  it('re-anchors on the page converted to the other script', () => {
    const doc = page(HTML);
    const anchor = captureRange(doc, rangeOf(doc, '堅持高質量發展'))!.anchor;
    const converted = page(
      '<h1>会议召开</h1><p>第一段说明。会议强调，要<b>坚持高质量</b>发展。其后散会。</p><p>第二段：高质量发展是首要任务。</p>',
    );
    expect(anchorRanges(converted, [anchor]).map((r) => r.toString())).toEqual(['坚持高质量发展']);
  });

  it('cuts sentences at Chinese and Western terminators', () => {
    expect(sentenceAround('甲。乙丙丁！戊', 2, 4)).toBe('乙丙丁！');
    expect(sentenceAround('no end here', 3, 5)).toBe('no end here');
  });

  it('reads an http(s) canonical URL only', () => {
    document.head.innerHTML = '<link rel="canonical" href="/a/1.html">';
    expect(canonicalUrlOf(document)).toMatch(/\/a\/1\.html$/);
    document.head.innerHTML = '<link rel="canonical" href="javascript:alert(1)">';
    expect(canonicalUrlOf(document)).toBeNull();
  });
});
