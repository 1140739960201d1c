// What the hover card shows for an entry, derived from the stored form: tone numbers and zhuyin from the
// tone-marked pinyin (the binary stores only tone marks, so zhuyin costs no space), and CC-CEDICT's
// "CL:個|个[gè]" and "variant of …" senses pulled out of the definitions so they read cleanly.
import { numberedToZhuyin, TONE_MARKED_VOWELS } from './pinyin';

const TONED: Record<string, [string, number]> = {};
for (const [base, marks] of Object.entries(TONE_MARKED_VOWELS)) {
  Array.from(marks).forEach((m, i) => {
    TONED[m] = [base, i + 1];
  });
}
const COMBINING_TONE: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/** "lǜ" → { numbered: "lü4", tone: 4 }; syllables without a mark are tone 5 (neutral); a token with no
 *  Latin letter (a digit, a punctuation mark) gets tone 0. */
export function syllableTone(syllable: string): { numbered: string; tone: number } {
  let tone = 5;
  let plain = '';
  for (const ch of syllable.normalize('NFC')) {
    const toned = TONED[ch];
    if (toned) {
      plain += toned[0];
      tone = toned[1];
    } else if (COMBINING_TONE[ch]) {
      tone = COMBINING_TONE[ch] ?? tone;
    } else plain += ch;
  }
  if (!/[a-zü]/i.test(plain)) return { numbered: plain, tone: 0 };
  // ḿ/ń/ň/ǹ carry their mark on the consonant.
  const nasal: Record<string, [string, number]> = { ḿ: ['m', 2], ń: ['n', 2], ň: ['n', 3], ǹ: ['n', 4] };
  for (const [mark, [base, t]] of Object.entries(nasal)) {
    if (plain.includes(mark)) {
      plain = plain.replace(mark, base);
      tone = t;
    }
  }
  return { numbered: `${plain.replace(/ü/g, 'u:')}${tone}`, tone };
}

export interface Syllable {
  text: string;
  /** 1–4, 5 neutral, 0 not a syllable. */
  tone: number;
}

/** The reading split into syllables, as pinyin or zhuyin, each with its tone (for tone colours). */
export function readingSyllables(pinyin: string, style: 'pinyin' | 'zhuyin'): Syllable[] {
  return pinyin
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((s) => {
      const { numbered, tone } = syllableTone(s);
      if (style === 'pinyin' || tone === 0) return { text: s, tone };
      const zhuyin = numberedToZhuyin(numbered.toLowerCase());
      return { text: zhuyin === numbered.toLowerCase() ? s : zhuyin, tone };
    });
}

export interface Senses {
  senses: string[];
  /** Measure words, "個|个[gè]" shown as "个 gè" style pairs: { word, pinyin }. */
  measureWords: { word: string; pinyin: string }[];
  /** Senses that point at another headword ("variant of 妳[nǐ]", "old variant of …", "see 也[yě]"). */
  references: string[];
}

const VARIANT =
  /^(?:(?:old|archaic|ancient|Japanese|Korean|erroneous|non-standard|obscure) )*(?:variant of|see also|see|same as|abbr\. for)\b/i;

/** Splits CC-CEDICT definitions into plain senses, measure words and cross-references. */
export function splitSenses(definitions: readonly string[]): Senses {
  const out: Senses = { senses: [], measureWords: [], references: [] };
  for (const d of definitions) {
    if (d.startsWith('CL:')) {
      for (const part of d.slice(3).split(',')) {
        const m = /^([^[]+)(?:\[([^\]]*)\])?$/.exec(part.trim());
        if (!m) continue;
        const forms = (m[1] ?? '').split('|');
        out.measureWords.push({ word: forms.join('/'), pinyin: m[2] ?? '' });
      }
    } else if (VARIANT.test(d)) out.references.push(d);
    else out.senses.push(d);
  }
  return out;
}
