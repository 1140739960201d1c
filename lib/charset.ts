// Decoding raw HTML bytes (CLI, eval, fetched pages) when no trustworthy Content-Type charset is known.
// Order: byte-order mark, the caller's charset (an explicit --charset, an index file), then bytes that
// are valid UTF-8 with multi-byte sequences (they beat a <meta> that says otherwise: pages saved as UTF-8
// keep a stale <meta charset=gb2312>, and legacy double-byte text is practically never valid UTF-8),
// then the page's own <meta> declaration, then GB18030 (the superset of GB2312/GBK that old mainland
// pages use without declaring it).

/** Label → TextDecoder encoding. GB2312/GBK pages routinely use GBK-only characters, so we decode them
 *  all with GB18030, which is a superset; Big5 pages likewise get the Big5-HKSCS-capable "big5". */
const ALIASES: Readonly<Record<string, string>> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  'euc-cn': 'gb18030',
  'x-euc-cn': 'gb18030',
  hz: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

/** Canonical decoder name for a charset label, or null when the label is unknown to TextDecoder. */
export function normaliseCharset(label: string): string | null {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const alias = ALIASES[key];
  if (alias) return alias;
  try {
    return new TextDecoder(key).encoding;
  } catch {
    return null;
  }
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares in its first 2 KB (`<meta charset>` or http-equiv Content-Type). */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so ASCII markup reads correctly whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = META_CHARSET.exec(head);
  return m ? normaliseCharset(m[1]!) : null;
}

function tryDecode(bytes: Uint8Array, charset: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(charset, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Any byte outside ASCII: only then can valid UTF-8 contradict a legacy declaration. */
function hasMultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * Decodes HTML bytes. `hint` is a charset label from outside (HTTP header, --charset, index file) and
 * wins over the bytes; a BOM wins over everything. A declared UTF-8 that does not validate is retried
 * as GB18030: mislabelled mainland pages are common.
 */
export function decodeHtml(bytes: Uint8Array, hint?: string): { text: string; charset: string } {
  const bom = bomCharset(bytes);
  if (bom)
    return { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.skip)), charset: bom.charset };
  const given = hint ? normaliseCharset(hint) : null;
  const declared = given ?? sniffMetaCharset(bytes);
  const utf8 = given && given !== 'utf-8' ? null : tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null && (declared === null || declared === 'utf-8' || hasMultiByte(bytes)))
    return { text: utf8, charset: 'utf-8' };
  if (declared && declared !== 'utf-8') {
    // Legacy encodings: decode leniently, a few broken bytes should not lose the page.
    const text = tryDecode(bytes, declared, false);
    if (text !== null) return { text, charset: declared };
  }
  if (utf8 !== null) return { text: utf8, charset: 'utf-8' };
  return { text: new TextDecoder('gb18030').decode(bytes), charset: 'gb18030' };
}
