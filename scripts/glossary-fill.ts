// Completes drafted glossary rows: an empty traditional field gets OpenCC's Taiwan form, an empty pinyin
// field the CC-CEDICT readings of the fewest, longest parts. Characters with several readings are listed
// so a person checks the pick; the build's checks then run on the filled row like on any other.
import { GLOSSARY_COLUMNS } from '../lib/glossary/tsv';
import { type GlossaryReferences, headwordTokens } from '../lib/glossary/validate';
import type { CedictIndex } from './glossary-refs';

const MARKS: Readonly<Record<string, string>> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
};

/** "zhong1" → "zhōng", "lu:4" → "lǜ", "de5" → "de". */
export function toneMarked(numbered: string): string {
  const m = /^([a-zü:]+)([1-5])$/i.exec(numbered.toLowerCase().replace(/u:|v/g, 'ü'));
  if (!m) return numbered.toLowerCase();
  const [, plain, toneText] = m;
  const tone = Number(toneText);
  if (tone === 5) return plain!;
  // The mark goes on a or e, on the o of ou, else on the last vowel.
  let at = plain!.search(/[ae]/);
  if (at < 0) at = plain!.indexOf('ou');
  if (at < 0) {
    const vowels = [...plain!.matchAll(/[iouü]/g)];
    at = vowels.at(-1)?.index ?? -1;
  }
  if (at < 0) return plain!;
  const vowel = plain![at]!;
  return plain!.slice(0, at) + MARKS[vowel]![tone - 1] + plain!.slice(at + 1);
}

const charReadingCounts = new WeakMap<CedictIndex, Map<string, Map<string, number>>>();

/** How often each reading of a character occurs inside CC-CEDICT's longer words (个 is gè far more than gě). */
function readingsInWords(cedict: CedictIndex): Map<string, Map<string, number>> {
  let counts = charReadingCounts.get(cedict);
  if (counts) return counts;
  counts = new Map();
  for (const [word, readings] of cedict.readings) {
    const chars = [...word];
    if (chars.length < 2) continue;
    for (const reading of readings) {
      const syllables = reading.toLowerCase().split(' ');
      if (syllables.length !== chars.length) continue;
      chars.forEach((c, i) => {
        const byReading = counts!.get(c) ?? new Map<string, number>();
        byReading.set(syllables[i]!, (byReading.get(syllables[i]!) ?? 0) + 1);
        counts!.set(c, byReading);
      });
    }
  }
  charReadingCounts.set(cedict, counts);
  return counts;
}

/** Readings of a part, the likeliest first (lower-case entries before proper names; for one character,
 *  the reading it has most often inside longer words). */
function lowerReadings(cedict: CedictIndex, word: string): string[] {
  const all = cedict.readings.get(word) ?? [];
  const common = all.filter((r) => r === r.toLowerCase());
  const readings = [...new Set((common.length ? common : all).map((r) => r.toLowerCase()))];
  if ([...word].length !== 1 || readings.length < 2) return readings;
  const counts = readingsInWords(cedict).get(word);
  return readings.sort((a, b) => (counts?.get(b) ?? 0) - (counts?.get(a) ?? 0));
}

/** A reading of the headword from CC-CEDICT and the characters whose reading was a guess among several. */
export function suggestPinyin(headword: string, cedict: CedictIndex): { pinyin: string; guesses: string[] } {
  const tokens = headwordTokens(headword);
  // Fewest parts: best[i] = [parts, previous cut] over tokens[0..i).
  const best: { parts: number; from: number }[] = [{ parts: 0, from: -1 }];
  for (let j = 1; j <= tokens.length; j++) {
    best[j] = { parts: Number.POSITIVE_INFINITY, from: j - 1 };
    for (let i = Math.max(0, j - 8); i < j; i++) {
      const part = tokens.slice(i, j).join('');
      const known = j - i === 1 || lowerReadings(cedict, part).length > 0;
      if (known && best[i]!.parts + 1 < best[j]!.parts) best[j] = { parts: best[i]!.parts + 1, from: i };
    }
  }
  const syllables: string[] = [];
  const guesses: string[] = [];
  for (let j = tokens.length; j > 0; j = best[j]!.from) {
    const i = best[j]!.from;
    const part = tokens.slice(i, j).join('');
    const readings = lowerReadings(cedict, part);
    if (!/\p{Script=Han}/u.test(part)) syllables.unshift(part);
    else {
      if (readings.length > 1) guesses.push(`${part}: ${readings.join(' / ')}`);
      syllables.unshift(...(readings[0] ?? '?').split(' ').map(toneMarked));
    }
  }
  return { pinyin: syllables.join(' '), guesses };
}

/** The data file with drafted rows completed, and what was guessed. */
export function fillRows(
  text: string,
  cedict: CedictIndex,
  refs: GlossaryReferences,
): { text: string; notes: string[] } {
  const notes: string[] = [];
  const lines = text.split('\n').map((line, index) => {
    if (index === 0 || line.startsWith('#') || line.trim() === '') return line;
    const fields = line.split('\t');
    while (fields.length < GLOSSARY_COLUMNS.length) fields.push('');
    const simplified = fields[0] ?? '';
    if (!simplified) return line;
    if (!fields[1]) fields[1] = refs.toTraditional(simplified)[0] ?? simplified;
    if (!fields[4]) {
      const { pinyin, guesses } = suggestPinyin(simplified, cedict);
      fields[4] = pinyin;
      if (guesses.length)
        notes.push(`line ${index + 1} ${simplified} ${pinyin} — check ${guesses.join('; ')}`);
    }
    return fields.join('\t');
  });
  return { text: lines.join('\n'), notes };
}
