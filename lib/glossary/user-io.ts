// Import and export of the user's glossary: CSV, TSV and JSON. Parsing is all-or-nothing: every
// rejected row is reported with its line and reason, and when there is any, nothing is imported.
import { t } from '../i18n';
import type { GlossaryFormat, RejectedRow } from '../protocol/glossary-api';
import { normaliseUserTerm, type UserTerm, type UserTermInput, userTermProblem } from './user-term';

export type { GlossaryFormat, RejectedRow } from '../protocol/glossary-api';
export const GLOSSARY_FORMATS: readonly GlossaryFormat[] = ['csv', 'tsv', 'json'];
const COLUMNS = ['term', 'pinyin', 'definition', 'note'] as const;
export const MAX_IMPORT_ROWS = 5000;

export interface ParsedImport {
  terms: UserTermInput[];
  rejected: RejectedRow[];
}

/** RFC 4180 rows: quoted fields may hold the separator, quotes ("") and newlines. Returns rows with the
 *  line each starts on. */
export function parseDelimited(text: string, separator: ',' | '\t'): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

function fromRecord(record: Record<string, unknown>, row: number, out: ParsedImport): void {
  const problem = userTermProblem(record);
  if (problem) out.rejected.push({ row, message: problem });
  else out.terms.push(normaliseUserTerm(record as unknown as UserTermInput));
}

export function parseGlossaryImport(text: string, format: GlossaryFormat): ParsedImport {
  const out: ParsedImport = { terms: [], rejected: [] };
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // The parser's own words are English whatever the UI language: the reason alone is shown.
      out.rejected.push({ row: 0, message: t('importNotJson') });
      return out;
    }
    const list = Array.isArray(data) ? data : (data as { terms?: unknown } | null)?.terms;
    if (!Array.isArray(list)) {
      out.rejected.push({ row: 0, message: t('importNotTermList') });
      return out;
    }
    if (list.length > MAX_IMPORT_ROWS)
      out.rejected.push({ row: 0, message: t('importTooManyTerms', { max: MAX_IMPORT_ROWS }) });
    else
      list.forEach((item, i) => {
        fromRecord(item as Record<string, unknown>, i + 1, out);
      });
    return out;
  }
  const rows = parseDelimited(text, format === 'csv' ? ',' : '\t');
  const header = rows[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  // A header row is optional; without one the columns are term, pinyin, definition, note.
  const hasHeader = header.includes('term') && header.includes('definition');
  const columns = hasHeader ? header : [...COLUMNS];
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length > MAX_IMPORT_ROWS) {
    out.rejected.push({ row: 0, message: t('importTooManyRows', { max: MAX_IMPORT_ROWS }) });
    return out;
  }
  for (const { line, cells } of body) {
    if (cells.length > columns.length) {
      out.rejected.push({
        row: line,
        message: t('importTooManyColumns', { count: cells.length, max: columns.length }),
      });
      continue;
    }
    const record: Record<string, string> = {};
    columns.forEach((name, i) => {
      if ((COLUMNS as readonly string[]).includes(name)) record[name] = cells[i] ?? '';
    });
    fromRecord(record, line, out);
  }
  if (body.length === 0) out.rejected.push({ row: 0, message: t('importNoTerms') });
  return out;
}

const quoteCell = (value: string, separator: string): string =>
  /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;

export function exportGlossary(terms: readonly UserTerm[], format: GlossaryFormat): string {
  if (format === 'json') {
    const plain = terms.map(({ term, pinyin, definition, note }) => ({ term, pinyin, definition, note }));
    return `${JSON.stringify(plain, null, 2)}\n`;
  }
  const separator = format === 'csv' ? ',' : '\t';
  const lines = [COLUMNS.join(separator)];
  for (const t of terms) lines.push(COLUMNS.map((c) => quoteCell(t[c], separator)).join(separator));
  return `${lines.join('\r\n')}\r\n`;
}

export function formatOfFileName(name: string): GlossaryFormat | null {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'csv' || ext === 'tsv' || ext === 'json' ? ext : ext === 'txt' ? 'tsv' : null;
}

/** The user's terms from an exported file (the CLI's `lookup --user FILE`), numbered from 1. Throws
 *  with every rejected row listed, like the import. */
export function userTermsFromFile(text: string, fileName: string): UserTerm[] {
  const format = formatOfFileName(fileName);
  if (!format) throw new Error(`${fileName}: use a .csv, .tsv or .json file`);
  const { terms, rejected } = parseGlossaryImport(text, format);
  if (rejected.length > 0) {
    throw new Error(`${fileName}: ${rejected.map((r) => `row ${r.row}: ${r.message}`).join('; ')}`);
  }
  return terms.map((term, i) => ({ ...term, id: i + 1, updatedAt: 0 }));
}
