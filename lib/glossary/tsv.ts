// Reads the glossary's data files (lib/glossary/data/*.tsv): one term per row, tab-separated, with a
// header row. Blank lines and lines starting with # are comments. A row that cannot be read is reported
// with its line number, so `npm run build:data` can point at it.
import { GLOSSARY_CATEGORIES, type GlossaryCategory, type GlossaryTerm } from './term';

export const GLOSSARY_COLUMNS = [
  'simplified',
  'traditional',
  'taiwan',
  'hongkong',
  'pinyin',
  'year',
  'category',
  'related',
  'definition',
  'note',
] as const;

/** Checks a row may opt out of, each with a reason: `pinyin: …` / `traditional: …` / `cedict: …`. */
export type NoteKey = 'pinyin' | 'traditional' | 'cedict';
const NOTE_KEYS: readonly NoteKey[] = ['pinyin', 'traditional', 'cedict'];

export interface GlossaryRow {
  readonly term: GlossaryTerm;
  /** Where the row is, for messages: `file:line`. */
  readonly where: string;
  /** Reasons a row gives for differing from CC-CEDICT or OpenCC, by check. */
  readonly notes: Readonly<Partial<Record<NoteKey, string>>>;
}

export interface GlossaryProblem {
  readonly where: string;
  readonly message: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2030;

function parseNotes(note: string): Partial<Record<NoteKey, string>> | string {
  const notes: Partial<Record<NoteKey, string>> = {};
  for (const part of note.split(' | ')) {
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    const key = part.slice(0, colon).trim() as NoteKey;
    const reason = part.slice(colon + 1).trim();
    if (colon < 0 || !NOTE_KEYS.includes(key))
      return `note "${part}" must be "pinyin|traditional|cedict: reason"`;
    if (reason.length < 10) return `note "${part}" needs a reason`;
    notes[key] = reason;
  }
  return notes;
}

/** One data row to a term, or the reason it is malformed. */
function parseRow(fields: readonly string[]): { term: GlossaryTerm; notes: GlossaryRow['notes'] } | string {
  if (fields.length < GLOSSARY_COLUMNS.length - 1 || fields.length > GLOSSARY_COLUMNS.length)
    return `expected ${GLOSSARY_COLUMNS.length} tab-separated fields, found ${fields.length}`;
  const [simplified, traditional, taiwan, hongkong, pinyin, year, category, related, definition, note] =
    fields.map((f) => f ?? '');
  const blank = fields.findIndex((f) => f !== f.trim());
  if (blank >= 0) return `${GLOSSARY_COLUMNS[blank]} has leading or trailing spaces`;
  for (const [name, value] of [
    ['simplified', simplified],
    ['traditional', traditional],
    ['pinyin', pinyin],
    ['definition', definition],
  ] as const) {
    if (!value) return `${name} is empty`;
  }
  if (!GLOSSARY_CATEGORIES.includes(category as GlossaryCategory)) return `unknown category "${category}"`;
  if (year && !(/^\d{4}$/.test(year) && Number(year) >= MIN_YEAR && Number(year) <= MAX_YEAR))
    return `year "${year}" is not a year between ${MIN_YEAR} and ${MAX_YEAR}`;
  const notes = parseNotes(note ?? '');
  if (typeof notes === 'string') return notes;
  const relatedList = related ? related.split(',') : [];
  if (relatedList.some((r) => r === '' || r !== r.trim()))
    return `related "${related}" must be comma-separated`;
  return {
    term: {
      simplified: simplified!,
      traditional: traditional!,
      ...(taiwan ? { taiwan } : {}),
      ...(hongkong ? { hongkong } : {}),
      pinyin: pinyin!,
      definition: definition!,
      category: category as GlossaryCategory,
      ...(year ? { year: Number(year) } : {}),
      ...(relatedList.length ? { related: relatedList } : {}),
    },
    notes,
  };
}

/** Every row of one data file; `file` names it in messages. */
export function parseGlossaryTsv(
  text: string,
  file: string,
): { rows: GlossaryRow[]; problems: GlossaryProblem[] } {
  const rows: GlossaryRow[] = [];
  const problems: GlossaryProblem[] = [];
  let sawHeader = false;
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    if (!sawHeader) {
      sawHeader = true;
      if (fields.join('\t') !== GLOSSARY_COLUMNS.join('\t'))
        problems.push({ where, message: `header must be: ${GLOSSARY_COLUMNS.join(' ')}` });
      return;
    }
    const parsed = parseRow(fields);
    if (typeof parsed === 'string') problems.push({ where, message: parsed });
    else rows.push({ ...parsed, where });
  });
  return { rows, problems };
}
