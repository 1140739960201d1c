import { describe, expect, it } from 'vitest';
import { decodeHtml, normaliseCharset, sniffMetaCharset } from '../../lib/charset';

// Node has no GBK/Big5 encoder, so the bytes are written by hand: 中文 in each encoding.
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];
const BIG5_ZHONGWEN = [0xa4, 0xa4, 0xa4, 0xe5];
// A GBK-only character: 镕 (GBK E9 46) is not in GB2312, so a strict GB2312
// decoder would fail on it; GB18030 decodes it.
const GBK_RONG = [0xe9, 0x46];

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('normaliseCharset', () => {
  it.each([
    ['GB2312', 'gb18030'],
    ['gbk', 'gb18030'],
    ['x-gbk', 'gb18030'],
    ['"gb18030"', 'gb18030'],
    ['Big5', 'big5'],
    ['big5-hkscs', 'big5'],
    ['UTF8', 'utf-8'],
    ['utf-8', 'utf-8'],
    ['iso-8859-1', 'windows-1252'],
    ['shift_jis', 'shift_jis'],
  ])('%s → %s', (label, expected) => {
    expect(normaliseCharset(label)).toBe(expected);
  });

  it('returns null for unknown labels', () => {
    expect(normaliseCharset('no-such-charset')).toBeNull();
  });
});

describe('sniffMetaCharset', () => {
  it('reads <meta charset> and http-equiv Content-Type in the first 2 KB only', () => {
    expect(sniffMetaCharset(bytes('<html><head><meta charset="gb2312">'))).toBe('gb18030');
    expect(
      sniffMetaCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=big5" />')),
    ).toBe('big5');
    expect(sniffMetaCharset(bytes(`<!--${' '.repeat(2100)}--><meta charset="gbk">`))).toBeNull();
    expect(sniffMetaCharset(bytes('<html><head><title>x</title>'))).toBeNull();
  });
});

describe('decodeHtml', () => {
  it('decodes GBK declared as gb2312, including GBK-only characters', () => {
    const r = decodeHtml(bytes('<meta charset="gb2312"><p>', GBK_ZHONGWEN, GBK_RONG, '</p>'));
    expect(r).toEqual({ text: '<meta charset="gb2312"><p>中文镕</p>', charset: 'gb18030' });
  });

  it('decodes Big5 declared by http-equiv', () => {
    const r = decodeHtml(
      bytes('<meta http-equiv="content-type" content="text/html;charset=BIG5"><p>', BIG5_ZHONGWEN, '</p>'),
    );
    expect(r.charset).toBe('big5');
    expect(r.text).toContain('<p>中文</p>');
  });

  it('honours a BOM before anything else', () => {
    const r = decodeHtml(bytes([0xef, 0xbb, 0xbf], '<meta charset="gbk">', Array.from(utf8('中文'))));
    expect(r).toEqual({ text: '<meta charset="gbk">中文', charset: 'utf-8' });
  });

  it('lets the hint win over the meta declaration', () => {
    const r = decodeHtml(bytes('<meta charset="utf-8">', BIG5_ZHONGWEN), 'big5');
    expect(r.text).toBe('<meta charset="utf-8">中文');
  });

  it('without a declaration: UTF-8 when valid, else GB18030', () => {
    expect(decodeHtml(utf8('<p>中文</p>'))).toEqual({ text: '<p>中文</p>', charset: 'utf-8' });
    expect(decodeHtml(bytes('<p>', GBK_ZHONGWEN, '</p>'))).toEqual({
      text: '<p>中文</p>',
      charset: 'gb18030',
    });
  });

  it('retries a page that claims UTF-8 but is GBK', () => {
    const r = decodeHtml(bytes('<meta charset="utf-8"><p>', GBK_ZHONGWEN, '</p>'));
    expect(r).toEqual({ text: '<meta charset="utf-8"><p>中文</p>', charset: 'gb18030' });
  });

  it('lets valid multi-byte UTF-8 win over a stale legacy meta', () => {
    const r = decodeHtml(bytes('<meta charset="gb2312"><p>', Array.from(utf8('中文新闻')), '</p>'));
    expect(r).toEqual({ text: '<meta charset="gb2312"><p>中文新闻</p>', charset: 'utf-8' });
    // The same bytes with an explicit charset are read as the caller says.
    expect(decodeHtml(bytes('<p>', Array.from(utf8('中文')), '</p>'), 'gbk').charset).toBe('gb18030');
    // A real GBK page under its meta is not valid UTF-8 and stays GBK.
    expect(decodeHtml(bytes('<meta charset="gb2312"><p>', GBK_ZHONGWEN, '</p>')).text).toContain(
      '<p>中文</p>',
    );
  });
});
