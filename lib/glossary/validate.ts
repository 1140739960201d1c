// Quality checks on the glossary's rows, run by `npm run build:data` (scripts/build-glossary.ts).
// The sources they check against (CC-CEDICT, OpenCC) are passed in, so tests can use small ones.
import type { GlossaryTerm } from './term';
import type { GlossaryProblem, GlossaryRow } from './tsv';

export interface GlossaryReferences {
  /** CC-CEDICT readings of a headword (either script), numbered pinyin as in the file ("zhong1 yang1"). */
  readings(word: string): readonly string[];
  /** CC-CEDICT glosses of a headword (either script); empty when it has none. */
  glosses(word: string): readonly string[];
  /** What OpenCC makes of the Simplified form (Taiwan, Hong Kong, standard Traditional). */
  toTraditional(simplified: string): readonly string[];
  /** OpenCC's regional forms with their vocabulary (Taiwan phrases: 人工智能 → 人工智慧; Hong Kong). */
  regional(simplified: string): readonly string[];
  /** What OpenCC makes of a Traditional form, back in Simplified. */
  toSimplified(traditional: string): string;
}

/** Shortest definition that says what a term means and how it is used, not just a gloss. */
export const MIN_DEFINITION = 40;
export const MAX_DEFINITION = 400;
/** Longest CC-CEDICT word tried when splitting a headword into parts (characters). */
const MAX_PART = 8;

const TONED: Readonly<Record<string, [string, number]>> = Object.fromEntries(
  ['āáǎà', 'ēéěè', 'īíǐì', 'ōóǒò', 'ūúǔù', 'ǖǘǚǜ'].flatMap((marks, v) =>
    [...marks].map((m, t) => [m, ['aeiouü'[v]!, t + 1]]),
  ),
);

/** "zhōng" → "zhong1", "de" → "de5"; CC-CEDICT's "lu:4"/"Zhong1" → "lü4"/"zhong1". */
export function numberedSyllable(syllable: string): string {
  const lower = syllable.toLowerCase().replace(/u:|v/g, 'ü');
  if (/[1-5]$/.test(lower)) return lower;
  let tone = 5;
  const plain = [...lower]
    .map((c) => {
      const hit = TONED[c];
      if (!hit) return c;
      tone = hit[1];
      return hit[0];
    })
    .join('');
  return `${plain}${tone}`;
}

/** Headword tokens that carry one syllable each: a Han character, or a run of Latin letters/digits. */
export function headwordTokens(headword: string): string[] {
  return headword.match(/[0-9A-Za-z]+|\p{Script=Han}/gu) ?? [];
}

function sameSyllable(ours: string, theirs: string): boolean {
  if (ours === theirs) return true;
  // A neutral tone in our reading of a CC-CEDICT toned syllable (意思 yì si) is how words are spoken.
  return ours.endsWith('5') && ours.slice(0, -1) === theirs.slice(0, -1);
}

/** Whether the reading can be made of CC-CEDICT readings of consecutive parts of the headword. */
export function pinyinAgrees(headword: string, pinyin: string, refs: GlossaryReferences): boolean {
  const tokens = headwordTokens(headword);
  const ours = pinyin.split(' ').map(numberedSyllable);
  if (ours.length !== tokens.length) return false;
  const reachable = new Array<boolean>(tokens.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < tokens.length; i++) {
    if (!reachable[i]) continue;
    if (!/\p{Script=Han}/u.test(tokens[i]!)) {
      // Latin letters and digits are read as written (中国制造2025, 5G).
      if (pinyin.split(' ')[i] === tokens[i]) reachable[i + 1] = true;
      continue;
    }
    for (let j = i + 1; j <= Math.min(tokens.length, i + MAX_PART); j++) {
      const part = tokens.slice(i, j).join('');
      const fits = refs.readings(part).some((reading) => {
        const theirs = reading.split(' ').map(numberedSyllable);
        return theirs.length === j - i && theirs.every((s, k) => sameSyllable(ours[i + k]!, s));
      });
      if (fits) reachable[j] = true;
    }
  }
  return reachable[tokens.length]!;
}

const STOP = new Set(
  'the and for with that this from into its are was were has have which who also used use used often as of to in on by or an a be is it at their them than not but'.split(
    ' ',
  ),
);
const contentWords = (text: string): Set<string> =>
  new Set(
    (text.toLowerCase().match(/[a-z]{3,}/g) ?? [])
      .filter((w) => !STOP.has(w))
      .map((w) => w.replace(/s$/, '')),
  );

/** Whether a definition says more than CC-CEDICT's glosses: at least four content words they lack. */
export function addsToCedict(definition: string, glosses: readonly string[]): boolean {
  if (glosses.length === 0) return true;
  const theirs = contentWords(glosses.join(' '));
  const fresh = [...contentWords(definition)].filter((w) => !theirs.has(w));
  return fresh.length >= 4;
}

/** Problems with one row on its own (forms, reading, definition). */
export function checkRow(row: GlossaryRow, refs: GlossaryReferences): string[] {
  const { term, notes } = row;
  const problems: string[] = [];
  const chars = (s: string) => [...s].length;
  for (const [name, form] of [
    ['traditional', term.traditional],
    ['taiwan', term.taiwan],
    ['hongkong', term.hongkong],
  ] as const) {
    if (form === undefined) continue;
    if (chars(form) !== chars(term.simplified)) problems.push(`${name} ${form} differs in length`);
    if (name !== 'traditional' && form === term.traditional) problems.push(`${name} repeats traditional`);
    const back = refs.toSimplified(form);
    // A regional word (Taiwan's 人工智慧) does not convert back letter for letter; OpenCC's phrase table vouches for it.
    const regionalWord = name !== 'traditional' && refs.regional(term.simplified).includes(form);
    if (back !== term.simplified && !regionalWord && !notes.traditional)
      problems.push(`${name} ${form} converts back to ${back}, not ${term.simplified}`);
  }
  const opencc = refs.toTraditional(term.simplified);
  if (!opencc.includes(term.traditional) && !notes.traditional)
    problems.push(
      `traditional ${term.traditional} is not what OpenCC writes (${[...new Set(opencc)].join('/')})`,
    );
  if (!pinyinAgrees(term.simplified, term.pinyin, refs) && !notes.pinyin)
    problems.push(`pinyin "${term.pinyin}" does not agree with CC-CEDICT readings of the parts`);
  if (term.definition.length < MIN_DEFINITION)
    problems.push(`definition shorter than ${MIN_DEFINITION} characters`);
  if (term.definition.length > MAX_DEFINITION)
    problems.push(`definition longer than ${MAX_DEFINITION} characters`);
  const glosses = [...refs.glosses(term.simplified), ...refs.glosses(term.traditional)];
  if (!addsToCedict(term.definition, glosses) && !notes.cedict)
    problems.push(`CC-CEDICT already defines it ("${glosses.join('; ')}"); say what the glossary adds`);
  return problems;
}

/** Every problem in the whole set: each row's, then duplicates and related terms that do not exist. */
export function validateGlossary(rows: readonly GlossaryRow[], refs: GlossaryReferences): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const owner = new Map<string, string>();
  for (const row of rows) {
    for (const message of checkRow(row, refs)) problems.push({ where: row.where, message });
    const { simplified, traditional, taiwan, hongkong } = row.term;
    for (const head of new Set([simplified, traditional, taiwan, hongkong])) {
      if (head === undefined) continue;
      const first = owner.get(head);
      if (first)
        problems.push({ where: row.where, message: `duplicate headword ${head} (first at ${first})` });
      else owner.set(head, row.where);
    }
  }
  const simplified = new Set(rows.map((r) => r.term.simplified));
  for (const { term, where } of rows) {
    for (const related of term.related ?? []) {
      if (related === term.simplified) problems.push({ where, message: 'a term is not related to itself' });
      else if (!simplified.has(related))
        problems.push({ where, message: `related term ${related} is not in the glossary` });
    }
  }
  return problems;
}

export function termsOf(rows: readonly GlossaryRow[]): GlossaryTerm[] {
  return rows.map((r) => r.term);
}
