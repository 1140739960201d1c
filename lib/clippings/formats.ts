// Markdown and CSV exports: for reading and for spreadsheets, not for restoring (that is the JSON
// backup's job).
import type { Clipping } from '../types';

const yamlString = (s: string): string => JSON.stringify(s); // a JSON string is a valid YAML scalar

/** One clipping as Markdown with YAML front matter (title, url, site, date, tags). */
export function clippingToMarkdown(c: Clipping): string {
  const date = c.published ?? new Date(c.savedAt).toISOString();
  const front = [
    '---',
    `title: ${yamlString(c.title)}`,
    `url: ${yamlString(c.canonicalUrl || c.url)}`,
    `site: ${c.site === null ? 'null' : yamlString(c.site)}`,
    `date: ${yamlString(date)}`,
    `saved: ${yamlString(new Date(c.savedAt).toISOString())}`,
    `kind: ${c.kind}`,
    `tags: [${c.tags.map(yamlString).join(', ')}]`,
    '---',
    '',
  ];
  const body: string[] = [`# ${c.title.replace(/\n/g, ' ')}`, ''];
  if (c.kind === 'selection') {
    body.push(...c.text.split(/\n/).map((l) => `> ${l}`), '');
    if (c.sentence && c.sentence !== c.text) body.push(`Context: ${c.sentence}`, '');
  } else {
    body.push(...c.text.split(/\n+/).flatMap((p) => [p, '']));
  }
  if (c.note) body.push('## Note', '', c.note, '');
  return `${[...front, ...body].join('\n').trimEnd()}\n`;
}

/** All clippings in one Markdown document, separated by rules. */
export function clippingsToMarkdown(clippings: Clipping[]): string {
  return clippings.map(clippingToMarkdown).join('\n\n');
}

/** A file name for one clipping's Markdown: its title, safe on every file system. */
export function markdownFileName(c: Clipping): string {
  const base =
    c.title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .trim()
      .slice(0, 80) || `clipping-${c.id}`;
  return `${base}.md`;
}

const CSV_COLUMNS = [
  'id',
  'kind',
  'title',
  'url',
  'site',
  'byline',
  'published',
  'savedAt',
  'tags',
  'note',
  'text',
] as const;

function csvCell(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet: prefix it so it stays text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row; UTF-8 with a BOM so spreadsheet apps read the Chinese right. */
export function clippingsToCsv(clippings: Clipping[]): string {
  const rows = clippings.map((c) =>
    [
      String(c.id),
      c.kind,
      c.title,
      c.canonicalUrl || c.url,
      c.site ?? '',
      c.byline ?? '',
      c.published ?? '',
      new Date(c.savedAt).toISOString(),
      c.tags.join('; '),
      c.note,
      c.text,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
