// Numbered pinyin (CC-CEDICT style, "ling3 dao3") to tone marks ("lǐng dǎo") and to zhuyin.
// Runs at build time for every entry, so it favours simple table look-ups over cleverness.

/** Tone-marked vowels, tones 1–4 in order (shared with the reverse mapping in display.ts). */
export const TONE_MARKED_VOWELS: Readonly<Record<string, string>> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ',
  E: 'ĒÉĚÈ',
  I: 'ĪÍǏÌ',
  O: 'ŌÓǑÒ',
  U: 'ŪÚǓÙ',
  Ü: 'ǕǗǙǛ',
};

// Syllabic nasals (嗯 ng2, 呣 m2) carry the mark on the n or m; some forms only exist with a combining mark.
const NASAL_MARKS: Record<string, string[]> = {
  n: ['n\u0304', 'ń', 'ň', 'ǹ'],
  m: ['m\u0304', 'ḿ', 'm\u030c', 'm\u0300'],
  N: ['N\u0304', 'Ń', 'Ň', 'Ǹ'],
  M: ['M\u0304', 'Ḿ', 'M\u030c', 'M\u0300'],
};

const SYLLABLE = /^([A-Za-z]+(?::[A-Za-z]*)?)([1-5])$/;
const NASAL = /^(h?)([nmNM])(g?)$/i;

/** u: and v both spell ü in CEDICT-style input. */
function toUmlaut(syllable: string): string {
  return syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü').replace(/v/g, 'ü').replace(/V/g, 'Ü');
}

/** Index of the vowel that takes the mark: a or e first, then the o of "ou", else the last vowel. */
function markIndex(syllable: string): number {
  const lower = syllable.toLowerCase();
  const a = lower.indexOf('a');
  if (a >= 0) return a;
  const e = lower.indexOf('e');
  if (e >= 0) return e;
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) {
    if ('iouü'.includes(lower.charAt(i))) return i;
  }
  return -1;
}

// The build converts ~500k syllables drawn from ~2k distinct spellings: memoise.
const toneMarkCache = new Map<string, string>();

/** One syllable such as "lu:4" → "lǜ". Anything that is not a numbered syllable is returned unchanged. */
export function syllableToToneMark(token: string): string {
  let out = toneMarkCache.get(token);
  if (out === undefined) {
    out = convertSyllable(token);
    if (toneMarkCache.size < 20_000) toneMarkCache.set(token, out);
  }
  return out;
}

function convertSyllable(token: string): string {
  const m = SYLLABLE.exec(token);
  if (!m) return token.includes(':') ? token.replace(/u:/g, 'ü').replace(/U:/g, 'Ü') : token;
  const body = toUmlaut(m[1] ?? '');
  const tone = Number(m[2]);
  if (tone === 5) return body;
  const at = markIndex(body);
  if (at < 0) {
    const nasal = NASAL.exec(body);
    if (!nasal) return body; // e.g. "xx5", "r1": no vowel to mark, keep the letters.
    const [, h = '', nm = '', g = ''] = nasal;
    return h + (NASAL_MARKS[nm]?.[tone - 1] ?? nm) + g;
  }
  const vowel = body.charAt(at);
  const marked = TONE_MARKED_VOWELS[vowel]?.charAt(tone - 1) ?? vowel;
  return body.slice(0, at) + marked + body.slice(at + 1);
}

/** "lu:4 se4 nu:3 r5 xx5 " → "lǜ sè nǚ r xx". Tokens are separated by single spaces in the output. */
export function numberedToToneMarks(numbered: string): string {
  return numbered
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map(syllableToToneMark)
    .join(' ');
}

/** Bracketed numbered pinyin inside definition text, e.g. "CL:個|个[ge4]" → "CL:個|个[gè]". */
export function convertBracketedPinyin(definition: string): string {
  if (!definition.includes('[')) return definition;
  return definition.replace(
    /\[([A-Za-z:,·\d ]+)\]/g,
    (_, inner: string) => `[${numberedToToneMarks(inner)}]`,
  );
}

// ---- zhuyin (bopomofo). Initials and finals are mapped separately; the "zero initial" spellings
// (yi, wu, yu, ...) are normalised to their finals first.

const INITIALS: [string, string][] = [
  ['zh', 'ㄓ'],
  ['ch', 'ㄔ'],
  ['sh', 'ㄕ'],
  ['b', 'ㄅ'],
  ['p', 'ㄆ'],
  ['m', 'ㄇ'],
  ['f', 'ㄈ'],
  ['d', 'ㄉ'],
  ['t', 'ㄊ'],
  ['n', 'ㄋ'],
  ['l', 'ㄌ'],
  ['g', 'ㄍ'],
  ['k', 'ㄎ'],
  ['h', 'ㄏ'],
  ['j', 'ㄐ'],
  ['q', 'ㄑ'],
  ['x', 'ㄒ'],
  ['r', 'ㄖ'],
  ['z', 'ㄗ'],
  ['c', 'ㄘ'],
  ['s', 'ㄙ'],
];

const FINALS: Record<string, string> = {
  a: 'ㄚ',
  o: 'ㄛ',
  e: 'ㄜ',
  ê: 'ㄝ',
  ai: 'ㄞ',
  ei: 'ㄟ',
  ao: 'ㄠ',
  ou: 'ㄡ',
  an: 'ㄢ',
  en: 'ㄣ',
  ang: 'ㄤ',
  eng: 'ㄥ',
  ong: 'ㄨㄥ',
  er: 'ㄦ',
  i: 'ㄧ',
  ia: 'ㄧㄚ',
  ie: 'ㄧㄝ',
  iao: 'ㄧㄠ',
  iu: 'ㄧㄡ',
  iou: 'ㄧㄡ',
  ian: 'ㄧㄢ',
  in: 'ㄧㄣ',
  iang: 'ㄧㄤ',
  ing: 'ㄧㄥ',
  iong: 'ㄩㄥ',
  io: 'ㄧㄛ',
  u: 'ㄨ',
  ua: 'ㄨㄚ',
  uo: 'ㄨㄛ',
  uai: 'ㄨㄞ',
  ui: 'ㄨㄟ',
  uei: 'ㄨㄟ',
  uan: 'ㄨㄢ',
  un: 'ㄨㄣ',
  uen: 'ㄨㄣ',
  uang: 'ㄨㄤ',
  ueng: 'ㄨㄥ',
  ü: 'ㄩ',
  üe: 'ㄩㄝ',
  üan: 'ㄩㄢ',
  ün: 'ㄩㄣ',
};

const ZERO_INITIAL: [RegExp, string][] = [
  [/^yu/, 'ü'],
  [/^yi/, 'i'],
  [/^y/, 'i'],
  [/^wu/, 'u'],
  [/^w/, 'u'],
];

const TONE_SIGNS = ['', 'ˊ', 'ˇ', 'ˋ'];

function syllableToZhuyin(token: string): string {
  const m = SYLLABLE.exec(token);
  if (!m) return token;
  let body = toUmlaut(m[1] ?? '').toLowerCase();
  const tone = Number(m[2]);
  if (body === 'r') return 'ㄦ'; // erhua suffix
  let initial = '';
  for (const [latin, zhuyin] of ZERO_INITIAL) {
    if (latin.test(body)) {
      body = body.replace(latin, zhuyin);
      break;
    }
  }
  for (const [latin, zhuyin] of INITIALS) {
    if (body.startsWith(latin)) {
      initial = zhuyin;
      body = body.slice(latin.length);
      break;
    }
  }
  // After j, q, x the written u is ü; after the sibilants and retroflexes a bare i is silent.
  if (initial !== '' && 'ㄐㄑㄒ'.includes(initial) && body.startsWith('u')) body = `ü${body.slice(1)}`;
  let final: string | undefined;
  if (body === 'i' && initial !== '' && 'ㄓㄔㄕㄖㄗㄘㄙ'.includes(initial)) final = '';
  else final = FINALS[body];
  if (final === undefined) return token;
  if (initial === '' && final === '') return token;
  const syllable = initial + final;
  return tone === 5 ? `˙${syllable}` : syllable + (TONE_SIGNS[tone - 1] ?? '');
}

/** "zhong1 guo2" → "ㄓㄨㄥ ㄍㄨㄛˊ". Tokens that are not numbered syllables pass through. */
export function numberedToZhuyin(numbered: string): string {
  return numbered
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map(syllableToZhuyin)
    .join(' ');
}
