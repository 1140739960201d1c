// Script detection: the share of characters that exist in only one script decides.
// The character lists (script-chars.ts) are generated from the opencc-js and CC-CEDICT tables and hold
// the most frequent characters whose script is unambiguous; they are a few KB so detection costs
// nothing at content-script start (no conversion tables needed).
import type { ScriptTag } from '../types';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-chars';

const hans = new Set(SIMPLIFIED_ONLY);
const hant = new Set(TRADITIONAL_ONLY);

export interface ScriptCounts {
  script: ScriptTag;
  simplified: number;
  traditional: number;
  han: number;
}

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;

/** Counts script-specific characters in (at most the first `limit` UTF-16 units of) `text`.
 *  `script` is 'other' unless Han characters make up at least a fifth of the letters (so an English
 *  page quoting a Chinese name stays 'other'); ties, including pages with no script-specific
 *  characters at all, count as Simplified, the far more common case. */
export function detectScript(text: string, limit = 20_000): ScriptCounts {
  let simplified = 0;
  let traditional = 0;
  let han = 0;
  let letters = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path: most non-Chinese text is ASCII, and regex tests cost far more than this.
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++;
      continue;
    }
    let ch = text[i]!;
    // Astral Han (extensions B+) arrive as surrogate pairs; test the whole code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      ch = text.slice(i, i + 2);
      i++;
    }
    if (hans.has(ch)) simplified++;
    else if (hant.has(ch)) traditional++;
    if (HAN.test(ch)) {
      han++;
      letters++;
    } else if (LETTER.test(ch)) letters++;
  }
  let script: ScriptTag = 'other';
  if (han > 0 && han * 5 >= Math.max(1, letters)) {
    script = traditional > simplified ? 'zh-Hant' : 'zh-Hans';
  }
  return { script, simplified, traditional, han };
}
