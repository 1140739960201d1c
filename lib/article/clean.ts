// Cleaning of text pulled out of a page: the flattened-ruby pinyin artifact and <ruby> annotations.
//
// Some sites render ruby as plain text, so an article reads `領(lǐng)導(dǎo)`. We delete a parenthesised
// group only when it directly follows Han characters and is made entirely of real pinyin syllables that
// carry a tone (mark or digit). Toneless syllables are accepted only inside a chain of toned ones
// (`我(wǒ)們(men)`), because on their own `(long)`, `(men)` or `(dance)` may be real text.
import { MAX_SYLLABLE_LENGTH, parseSyllable } from './syllables';

const HAN = /\p{Script=Han}/u;
// Both ASCII and full-width parentheses; real pages mix them. Content is short: at most a few syllables.
const GROUP = /[(（]([^()（）\n]{1,60})[)）]/g;

interface Candidate {
  start: number;
  end: number;
  /** Index of the Han character just before the group. */
  hanIndex: number;
  toned: boolean;
  accepted: boolean;
}

/**
 * Splits the group content into syllables. Separators (space, apostrophe, hyphen) may appear between
 * syllables; within a run of letters the split is found by dynamic programming. Returns the syllable
 * count and whether every syllable is toned, or null when the content is not pinyin.
 */
function readPinyin(content: string): { count: number; allToned: boolean } | null {
  const tokens = content.trim().split(/[\s'’-]+/);
  let count = 0;
  let allToned = true;
  for (const token of tokens) {
    if (token === '') return null;
    const seg = segment(token);
    if (!seg) return null;
    count += seg.count;
    allToned &&= seg.allToned;
  }
  return count > 0 ? { count, allToned } : null;
}

function segment(token: string): { count: number; allToned: boolean } | null {
  // Single syllable: the common artifact, and the only case where a toneless reading is allowed.
  const whole = parseSyllable(token);
  if (whole) return { count: 1, allToned: whole.tone !== 0 };
  // Several syllables run together ("lǐngdǎo", "ling3dao3"): every piece must be toned, which also keeps
  // English words out ("dance" would split as toneless "dan"+"ce").
  const n = token.length;
  const best: (number | null)[] = new Array(n + 1).fill(null);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (here === null || here === undefined) continue;
    for (let len = 1; len <= MAX_SYLLABLE_LENGTH + 2 && i + len <= n; len++) {
      const s = parseSyllable(token.slice(i, i + len));
      if (!s || s.tone === 0) continue;
      const prev = best[i + len];
      if (prev === null || prev === undefined || here + 1 < prev) best[i + len] = here + 1;
    }
  }
  const count = best[n];
  return count === null || count === undefined ? null : { count, allToned: true };
}

/** Number of Han characters immediately before `index` (stopping at the first non-Han). */
function hanRunBefore(text: string, index: number, max: number): number {
  let n = 0;
  let i = index;
  while (n < max && i > 0) {
    const cp = text.codePointAt(i - 1)!;
    // Step back over a surrogate pair as one character (extension-B Han).
    const width = i >= 2 && cp >= 0xdc00 && cp <= 0xdfff ? 2 : 1;
    const ch = text.slice(i - width, i);
    if (!HAN.test(ch)) break;
    n++;
    i -= width;
  }
  return n;
}

/** What a group of pinyin can hold: Latin letters (tone marks precomposed or combining), tone
 *  digits, separators. Groups with anything else — Han, punctuation, other digits — are rejected
 *  before the syllable parser (most brackets in news text: （记者 …）, (2020), （下同）). */
const PINYIN_CHARS = /^(?:[A-Za-z\u00c0-\u02af1-5\s'’-]|[\u0300-\u036f])+$/;

function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(GROUP)) {
    const start = m.index;
    if (!PINYIN_CHARS.test(m[1]!)) continue;
    const pinyin = readPinyin(m[1]!);
    if (!pinyin) continue;
    if (hanRunBefore(text, start, pinyin.count) < pinyin.count) continue;
    out.push({
      start,
      end: start + m[0].length,
      hanIndex: start - 1,
      toned: pinyin.allToned,
      accepted: pinyin.allToned,
    });
  }
  return out;
}

/** A chain link: `b` follows `a` with exactly one Han character in between (`領(lǐng)導(dǎo)`). */
function linked(a: Candidate, b: Candidate, text: string): boolean {
  return hanRunBefore(text, b.start, 2) >= 1 && b.start - a.end <= 2 && b.start > a.end;
}

/** Accept toneless groups next to accepted ones, in both directions, so whole chains go. */
function propagate(cands: Candidate[], text: string): void {
  for (let i = 1; i < cands.length; i++) {
    const prev = cands[i - 1]!;
    const cur = cands[i]!;
    if (!cur.accepted && prev.accepted && linked(prev, cur, text)) cur.accepted = true;
  }
  for (let i = cands.length - 2; i >= 0; i--) {
    const next = cands[i + 1]!;
    const cur = cands[i]!;
    if (!cur.accepted && next.accepted && linked(cur, next, text)) cur.accepted = true;
  }
}

/**
 * Removes flattened-ruby pinyin (`領(lǐng)導(dǎo)` → `領導`). Every Han character is kept in order; only
 * the parenthesised pinyin goes. `(社區)`, `(2020)`, `(AI)`, `(long)` are left alone.
 */
export function cleanPinyinArtifacts(text: string): string {
  if (!text.includes('(') && !text.includes('（')) return text;
  const cands = findCandidates(text);
  if (cands.length === 0) return text;
  propagate(cands, text);
  let out = '';
  let pos = 0;
  for (const c of cands) {
    if (!c.accepted) continue;
    out += text.slice(pos, c.start);
    pos = c.end;
  }
  return out + text.slice(pos);
}

/** How many pinyin artifacts `text` still carries (toned groups after Han characters). For tests and eval. */
export function countPinyinArtifacts(text: string): number {
  return findCandidates(text).filter((c) => c.toned).length;
}

/**
 * Returns a deep clone of `root` without <rt>/<rp>, so its textContent is the base text only
 * (`<ruby>領<rt>lǐng</rt></ruby>` → `領`). The live element is never touched.
 */
export function stripRuby(root: Element): Element {
  const clone = root.cloneNode(true) as Element;
  for (const el of Array.from(clone.querySelectorAll('rt, rp'))) el.remove();
  return clone;
}

/** One line of page text as the body shows it: whitespace runs collapsed, pinyin artifacts removed. */
export function normaliseLine(raw: string): string {
  return cleanPinyinArtifacts(raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim()).trim();
}
