// Anki export: a TSV file Anki's importer reads as it is, with its file headers
// (https://docs.ankiweb.net/importing/text-files.html#file-headers). HTML is on, so every field is
// HTML-escaped; definitions are joined with <br>, the word is bold in its sentence, the source is a
// link. parseAnkiTsv reads the same file back (the round-trip test proves nothing is lost).
import type { Word, WordContext } from './types';

export const ANKI_COLUMNS = [
  'Simplified',
  'Traditional',
  'Pinyin',
  'Definitions',
  'Sentence',
  'Source',
] as const;

export interface AnkiNote {
  simplified: string;
  traditional: string;
  pinyin: string;
  definitions: string[];
  /** The sentence, the word's place in it, and the page it came from (all empty without a context). */
  sentence: string;
  start: number;
  length: number;
  url: string;
  title: string;
}

const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\r?\n/g, '&#10;');

const unescapeHtml = (s: string): string =>
  s
    .replace(/&#10;/g, '\n')
    .replace(/&#9;/g, '\t')
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** Header values may not hold a tab or line break; a tag may not hold a space. */
const headerValue = (s: string): string => s.replace(/[\t\r\n]+/g, ' ').trim();

export function noteOf(word: Word, context: WordContext | undefined): AnkiNote {
  return {
    simplified: word.simplified,
    traditional: word.traditional,
    pinyin: word.pinyin,
    definitions: word.definitions,
    sentence: context?.sentence ?? '',
    start: context?.start ?? 0,
    length: context?.length ?? 0,
    url: context?.url ?? '',
    title: context?.title ?? '',
  };
}

function sentenceField(n: AnkiNote): string {
  if (!n.sentence) return '';
  const end = n.start + n.length;
  if (n.length <= 0 || end > n.sentence.length) return escapeHtml(n.sentence);
  return `${escapeHtml(n.sentence.slice(0, n.start))}<b>${escapeHtml(n.sentence.slice(n.start, end))}</b>${escapeHtml(n.sentence.slice(end))}`;
}

function sourceField(n: AnkiNote): string {
  if (!n.url) return '';
  return `<a href="${escapeHtml(n.url)}">${escapeHtml(n.title || n.url)}</a>`;
}

export function exportAnkiTsv(notes: readonly AnkiNote[], deck: string, tags: readonly string[]): string {
  const tagList = tags.map((t) => t.replace(/\s+/g, '_')).filter(Boolean);
  const lines = [
    '#separator:tab',
    '#html:true',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#deck:${headerValue(deck)}`,
    `#tags:${headerValue(tagList.join(' '))}`,
  ];
  for (const n of notes) {
    lines.push(
      [
        escapeHtml(n.simplified),
        escapeHtml(n.traditional),
        escapeHtml(n.pinyin),
        n.definitions.map(escapeHtml).join('<br>'),
        sentenceField(n),
        sourceField(n),
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface AnkiFile {
  headers: Record<string, string>;
  notes: AnkiNote[];
}

function parseSentence(field: string): Pick<AnkiNote, 'sentence' | 'start' | 'length'> {
  const m = /^(.*?)<b>(.*?)<\/b>(.*)$/s.exec(field);
  if (!m) return { sentence: unescapeHtml(field), start: 0, length: 0 };
  const [before, word, after] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''].map(unescapeHtml) as [
    string,
    string,
    string,
  ];
  return { sentence: before + word + after, start: before.length, length: word.length };
}

/** Reads a file written by exportAnkiTsv (our columns, in our order). */
export function parseAnkiTsv(text: string): AnkiFile {
  const headers: Record<string, string> = {};
  const notes: AnkiNote[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (line.startsWith('#')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(1, colon)] = line.slice(colon + 1);
      continue;
    }
    const [s = '', t = '', p = '', d = '', sentence = '', source = ''] = line.split('\t');
    const link = /^<a href="([^"]*)">(.*)<\/a>$/s.exec(source);
    const url = link ? unescapeHtml(link[1] ?? '') : '';
    const title = link ? unescapeHtml(link[2] ?? '') : '';
    notes.push({
      simplified: unescapeHtml(s),
      traditional: unescapeHtml(t),
      pinyin: unescapeHtml(p),
      definitions: d === '' ? [] : d.split('<br>').map(unescapeHtml),
      ...parseSentence(sentence),
      url,
      title: title === url ? url : title,
    });
  }
  return { headers, notes };
}
