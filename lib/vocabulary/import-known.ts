// Known-words import: one word a line, or a CSV/TSV exported from Anki, Pleco or Skritter with the
// word in a column the user chooses. Every row is checked and given a reason; the caller writes
// nothing unless every row passed (markKnown then writes them in one transaction).

export type KnownRowError = 'empty' | 'missing-column' | 'not-chinese' | 'too-long';

export interface KnownWordsParse {
  /** The words found, distinct, in file order, each with its line (1-based). */
  words: { line: number; word: string; traditional: string | null }[];
  errors: { line: number; reason: KnownRowError; text: string }[];
  /** Rows that named a word already listed above. */
  duplicates: number;
  delimiter: 'tab' | 'comma' | 'none';
}

export interface KnownWordsOptions {
  /** Zero-based column holding the word. */
  column?: number;
  /** Skip the first row (a header). */
  header?: boolean;
}

export const MAX_KNOWN_WORD = 16;
export const MAX_KNOWN_ROWS = 100_000;

const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\u{20000}-\u{3134f}]+$/u;

/** Splits one CSV line (quotes, doubled quotes inside them). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}

/** A cell as a word: HTML tags dropped (Anki), Pleco's 简[繁] split, spaces trimmed. */
function cellWord(cell: string): { word: string; traditional: string | null } {
  const text = cell
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .trim();
  const pleco = /^([^[\]]+)\[([^[\]]+)\]$/.exec(text);
  if (pleco?.[1] && pleco[2]) return { word: pleco[1].trim(), traditional: pleco[2].trim() };
  return { word: text, traditional: null };
}

export function parseKnownWords(text: string, options: KnownWordsOptions = {}): KnownWordsParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  const sample = lines.find((l) => l.trim() && !l.startsWith('#')) ?? '';
  const delimiter = sample.includes('\t') ? 'tab' : sample.includes(',') ? 'comma' : 'none';
  const column = options.column ?? 0;
  const result: KnownWordsParse = { words: [], errors: [], duplicates: 0, delimiter };
  const seen = new Set<string>();
  lines.slice(0, MAX_KNOWN_ROWS).forEach((raw, index) => {
    const line = index + 1;
    if ((options.header && index === 0) || raw.startsWith('#')) return; // Anki's #headers
    if (raw.trim() === '') {
      result.errors.push({ line, reason: 'empty', text: raw });
      return;
    }
    const cells = delimiter === 'tab' ? raw.split('\t') : delimiter === 'comma' ? splitCsv(raw) : [raw];
    const cell = cells[column];
    if (cell === undefined) {
      result.errors.push({ line, reason: 'missing-column', text: raw });
      return;
    }
    const { word, traditional } = cellWord(cell);
    const reason: KnownRowError | null = !word
      ? 'empty'
      : [...word].length > MAX_KNOWN_WORD
        ? 'too-long'
        : !HAN.test(word) || (traditional !== null && !HAN.test(traditional))
          ? 'not-chinese'
          : null;
    if (reason) {
      result.errors.push({ line, reason, text: raw.slice(0, 80) });
      return;
    }
    if (seen.has(word)) {
      result.duplicates++;
      return;
    }
    seen.add(word);
    result.words.push({ line, word, traditional });
  });
  if (lines.length > MAX_KNOWN_ROWS) {
    result.errors.push({ line: MAX_KNOWN_ROWS + 1, reason: 'too-long', text: '' });
  }
  return result;
}
