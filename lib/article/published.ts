// Which date on a page is the story's publication date. Pages carry many: the dateline under the
// headline, "更新" times, dates in sidebars, related lists, comments and footers, dates inside the story.
// Order of trust: what the page declares for machines (meta tags, JSON-LD), the visible dateline next to
// the body, the text around the headline, elements labelled as dates, the day in the story's URL, a
// declared modification date, and only then dates in the story's first lines.
import { DEFAULT_OFFSET, inLocalZone, parseDate, parseMonthDay, parseRelative, urlDate } from './dates';
import { readJsonLd } from './jsonld';
import { PROSE } from './lines-filter';
import { labelledBox, queryAll } from './query';

const WRAPPERS = 'p, table, ul, ol, section, article, main';

// Meta names/properties that carry the publication time, in order of trust.
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'og:release_date',
  'datepublished',
  'article:published',
  'dc.date.issued',
  'dc.date',
  'parsely-pub-date',
  'sailthru.date',
  'date',
];
// The last change, for pages that declare no publication (encyclopedias, reference pages).
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dateupdate',
  'dc.date.modified',
  'lastmod',
  'last-modified',
];

function metaValues(document: Document): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const meta of queryAll(document, 'meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  return byKey;
}

function firstDate(values: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = values.get(key);
    const iso = value ? parseDate(value) : null;
    if (iso) return iso;
  }
  return null;
}

function jsonLdDate(document: Document, keys: readonly string[]): string | null {
  for (const obj of readJsonLd(document)) {
    for (const key of keys) {
      const value = obj[key];
      const iso = typeof value === 'string' ? parseDate(value) : null;
      if (iso) return iso;
    }
  }
  return null;
}

/** Microdata outside <meta>: <time itemprop="datePublished" datetime="…">, <span itemprop=…>2024年…</span>. */
function itempropDate(document: Document): string | null {
  for (const el of queryAll(document, '[itemprop="datePublished"]')) {
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
    const iso = parseDate(value.slice(0, 200));
    if (iso) return iso;
  }
  return null;
}

/** Text around the title element: the date line sits just above or below the headline. */
function nearTitleDate(title: Element): string | null {
  const own = title.textContent ?? '';
  let node: Element | null = title.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const text = node.textContent ?? '';
    const at = own ? text.indexOf(own) : -1;
    if (at < 0) continue;
    const windowText = `${text.slice(Math.max(0, at - 200), at)} ${text.slice(at + own.length, at + own.length + 400)}`;
    const iso = labelledDate(withoutLifespans(windowText));
    if (iso) return iso;
  }
  return null;
}

const DATE_START = /(?:民國|民国)?\d{1,4}\s*[-/.年]\s*\d{1,2}/g;

// A life span after a name in an encyclopedia's first line: "周某（1982年3月8日－）", "（1901年2月1日—1980年
// 5月2日）", notes and a language gloss allowed before it. A birth date, not when the page was written.
const DAY = String.raw`\d{3,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\[\d+\])*`;
const LIFESPAN = new RegExp(
  String.raw`[（(][^（）()]{0,40}?${DAY}\s*[－—–~～-]{1,2}\s*(?:${DAY})?\s*[)）]`,
  'gu',
);
const withoutLifespans = (text: string): string => text.replace(LIFESPAN, ' ');

/** The first date of `text` not labelled as another event's ("出生日期 1975年1月28日"). */
function labelledDate(text: string): string | null {
  for (const m of text.matchAll(DATE_START)) {
    const at = m.index ?? 0;
    if (OTHER_EVENT.test(text.slice(Math.max(0, at - 8), at))) continue;
    const iso = parseDate(text.slice(at, at + 60), '');
    if (iso) return iso;
  }
  return null;
}

// Labels of dateline elements: "pub-date", "post_time", "time", "date" first, then the looser "info",
// "meta", "source" boxes (which also hold birth dates on encyclopedia pages and the like).
const DATE_CLASS = /(^|[-_\s])(pub|post|publish|article|modified|update)?[-_]?(date|time)([-_\s]|$)/i;
const INFO_CLASS = /info|meta|source/i;

/** The first dated element labelled as a date (strict) and, failing that, as an info box (loose). */
function classDates(document: Document): { strict: string | null; loose: string | null } {
  for (const el of queryAll(document, 'time[datetime]')) {
    const iso = parseDate(el.getAttribute('datetime') ?? '', '');
    if (iso) return { strict: iso, loose: null };
  }
  let loose: string | null = null;
  for (const el of queryAll(document, '[class], [id]')) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const strict = DATE_CLASS.test(label);
    if (!strict && (loose !== null || !INFO_CLASS.test(label))) continue;
    // Only small elements: the textContent of a large wrapper is costly and never a dateline.
    const known = labelledBox(document, el);
    if (known ? known.wrapper || known.textLength > 300 : el.querySelector(WRAPPERS) !== null) continue;
    const text = el.textContent ?? '';
    if (text.length > 300) continue;
    const iso = parseDate(text, '');
    if (iso && strict) return { strict: iso, loose };
    loose ??= iso;
  }
  return { strict: null, loose };
}

export interface PublishedHints {
  /** The page's URL: story URLs often carry the day. */
  url?: string;
  /** The clock (ms since the epoch) for relative datelines ("3小时前", "昨天 10:20"); none: not read. */
  now?: number;
  /** The headline element, if the caller found one. */
  titleElement?: Element | null;
  /** Leading paragraphs of the article body, searched last. */
  lead?: readonly string[];
  /** Lines next to the body (the dateline above it nearest first, then the lines after it). */
  around?: readonly string[];
  /** The body's last lines: a month-only issue date ("《某刊》1998年3月號") is the last resort. */
  tail?: readonly string[];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

// "1998年3月號", "2003年5月" on a short line of its own: the month is all the page says.
const MONTH_ONLY = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:[号號刊]|份)?\s*[)）]?\s*$/u;

function monthDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 60) continue;
    const m = MONTH_ONLY.exec(
      line.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)),
    );
    if (!m) continue;
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (year >= 1900 && year <= 2200 && month >= 1 && month <= 12) return `${year}-${pad2(month)}`;
  }
  return null;
}

// A dateline reads like one: a date with a time, or with 发布/来源/更新 words, or little else.
const DATELINE_WORDS =
  /发布|發布|时间|時間|来源|來源|更新|日期|作者|记者|記者|编辑|編輯|本[贴帖]由|发表|發表|posted/iu;

// "更新時間 …" alone is when the story last changed: a dateline of last resort.
const UPDATE_ONLY = /更新|修改|修訂|updated|modified/iu;
// Labelled dates of something else: a birth, a founding, a deadline, an event, a document's signing.
const OTHER_EVENT =
  /出生|生日|逝世|去世|成立|建立|創立|创立|成文|截止|到期|有效期|活动时间|活動時間|开幕|開幕|举办|舉辦|born|founded/iu;
const PUBLISH_WORDS = /发布|發布|发表|發表|出版|published|posted/iu;

/** The first dateline among `lines` (zone-less local time when it has a time). */
function datelineDate(lines: readonly string[], year: number | null, now?: number): string | null {
  let day: string | null = null;
  let updated: string | null = null;
  for (const line of lines) {
    if (line.length > 200) continue;
    const iso =
      parseDate(line, '') ??
      (year === null ? null : parseMonthDay(line, year, '')) ??
      // Relative only on a short line of its own: "3小时前" inside a sentence is not a dateline.
      (now === undefined || line.length > 40 ? null : parseRelative(line, now, ''));
    if (!iso) continue;
    const dateline =
      !PROSE.test(line) &&
      (iso.includes('T') ||
        DATELINE_WORDS.test(line) ||
        line.replace(/[\d\s:：年月日号號/.-]/gu, '').length < 6);
    if (!dateline) continue;
    if (OTHER_EVENT.test(line) && !PUBLISH_WORDS.test(line)) continue;
    if (UPDATE_ONLY.test(line) && !PUBLISH_WORDS.test(line)) {
      updated ??= iso;
      continue;
    }
    // The first dateline wins, but the same day with a time (a line further on) says more.
    if (day === null) {
      if (iso.includes('T')) return iso;
      day = iso;
    } else if (iso.startsWith(day) && iso.includes('T')) return iso;
  }
  return day ?? updated;
}

/** A zone-less local time gets the default zone of Chinese-language pages (see dates.ts). */
const zoned = (iso: string | null): string | null =>
  iso !== null && /T\d{2}:\d{2}:\d{2}$/.test(iso) ? `${iso}${DEFAULT_OFFSET}` : iso;

/** Publication date of a page: declared, then visible (see the file comment); ISO 8601 or null. */
export function findPublished(document: Document, hints: PublishedHints = {}): string | null {
  const meta = metaValues(document);
  let declared =
    firstDate(meta, META_KEYS) ??
    jsonLdDate(document, ['datePublished', 'dateCreated']) ??
    itempropDate(document);
  // "2024-01-28 00:00:00" is how many CMSs store a bare day: midnight to the second is no time.
  if (declared && /T00:00:00(?:\+08:00)?$/.test(declared)) declared = declared.slice(0, 10);
  const fromUrl = hints.url ? urlDate(hints.url) : null;
  const year = fromUrl ? Number(fromUrl.slice(0, 4)) : null;
  const dateline = hints.around ? datelineDate(hints.around, year, hints.now) : null;
  const nearTitle = (): string | null => (hints.titleElement ? nearTitleDate(hints.titleElement) : null);
  if (declared) {
    const visible = dateline ?? nearTitle();
    if (!visible) return declared;
    // A meta tag that gives only the day loses to the visible dateline of that day, which has the time.
    if (!declared.includes('T') && visible.startsWith(declared)) return zoned(visible);
    // A meta tag in UTC (or another zone) for the time the page prints: keep the page's wall clock.
    return inLocalZone(declared, visible) ?? declared;
  }
  // An element labelled as the date ("pub-date", "post_time") outranks any date printed by the headline
  // (a birth date in an infobox). Walking every labelled element costs: only when nothing is declared.
  const labelled = classDates(document);
  const visible = dateline ?? labelled.strict ?? nearTitle();
  // The day in the URL outranks a dated element elsewhere, and gains the time of a dateline that agrees.
  if (visible && (!fromUrl || visible.startsWith(fromUrl))) return zoned(visible);
  const loose = labelled.strict ?? labelled.loose;
  if (fromUrl) return loose?.startsWith(fromUrl) ? zoned(loose) : fromUrl;
  return (
    zoned(loose) ??
    firstDate(meta, MODIFIED_KEYS) ??
    jsonLdDate(document, ['dateModified']) ??
    (hints.lead ? parseDate(withoutLifespans(hints.lead.slice(0, 3).join('\n'))) : null) ??
    monthDate([...(hints.tail ?? []), ...(hints.lead ?? []), ...(hints.around ?? [])])
  );
}
