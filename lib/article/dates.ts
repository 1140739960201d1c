// Publication dates → ISO 8601.
//
// Timezone choice: Chinese-language news pages almost always print local time without a zone, and the
// local time of mainland China, Hong Kong, Macau and Taiwan is UTC+8 (no DST). So a date-time without a
// zone gets "+08:00"; a zone the page does give (meta tags, JSON-LD) is kept. A date without a time is
// returned as a plain calendar date "YYYY-MM-DD", since inventing a time would be false precision.
import { readJsonLd } from './jsonld';

export const DEFAULT_OFFSET = '+08:00';

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "+08:00" style, or undefined when the source gave no zone. */
  offset?: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toIso(p: Parts, defaultOffset: string): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return date;
  return `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${p.offset ?? defaultOffset}`;
}

function valid(p: Parts): boolean {
  if (p.year < 1900 || p.year > 2200 || p.month < 1 || p.month > 12 || p.day < 1) return false;
  const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  if (p.day > daysInMonth) return false;
  if (p.hour !== undefined && (p.hour > 23 || (p.minute ?? 0) > 59 || (p.second ?? 0) > 59)) return false;
  return true;
}

function normaliseOffset(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  if (zone === 'Z' || zone === 'z') return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3]}` : undefined;
}

/** Full-width digits and colons (０９：３０) appear on many CJK pages. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９：]/g, (ch) =>
    ch === '：' ? ':' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const TIME = String.raw`(?:\s*(?:T|\s)?\s*(上午|下午|晚上|早上|凌晨|中午)?\s*(\d{1,2})(?::|[時时点點])(\d{1,2})(?:(?::|分)(\d{1,2})秒?)?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?`;
// 2025-03-06 09:30:00, 2025/3/6, 2025.03.06, 2025-03-06T09:30:00+08:00
const NUMERIC = new RegExp(String.raw`(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)${TIME}`);
// Taiwan's numeric ROC form: 114/03/06 14:05 (three-digit year 100–199 only).
const ROC_NUMERIC = new RegExp(String.raw`(?<![\d.])(1\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)${TIME}`);
// 2025年3月6日 09:30, 民國114年3月6日, 114年3月6日
const HANZI = new RegExp(
  String.raw`(民國|民国)?\s*(?<!\d)(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]${TIME}`,
);

function timeParts(m: RegExpExecArray, at: number): Partial<Parts> {
  const hourText = m[at + 1];
  if (hourText === undefined) return {};
  let hour = Number(hourText);
  const half = m[at];
  // 12-hour clock words: 下午3:00 is 15:00; 晚上 likewise; 中午12 stays 12.
  if ((half === '下午' || half === '晚上') && hour < 12) hour += 12;
  return {
    hour,
    minute: Number(m[at + 2]),
    second: m[at + 3] === undefined ? 0 : Number(m[at + 3]),
    offset: normaliseOffset(m[at + 4]),
  };
}

/**
 * Finds the first date in `text` and returns it as ISO 8601 (see the file comment for zones), or null.
 * Years written with 民國, or bare three-digit years (114年), are Republic of China years (+1911).
 */
export function parseDate(text: string, defaultOffset = DEFAULT_OFFSET): string | null {
  const t = asciiDigits(text);
  const candidates: { index: number; parts: Parts }[] = [];
  const n = NUMERIC.exec(t);
  if (n) {
    const parts: Parts = { year: Number(n[1]), month: Number(n[3]), day: Number(n[4]), ...timeParts(n, 5) };
    candidates.push({ index: n.index, parts });
  }
  const r = ROC_NUMERIC.exec(t);
  if (r) {
    const parts: Parts = {
      year: Number(r[1]) + 1911,
      month: Number(r[3]),
      day: Number(r[4]),
      ...timeParts(r, 5),
    };
    candidates.push({ index: r.index, parts });
  }
  const h = HANZI.exec(t);
  if (h) {
    let year = Number(h[2]);
    const roc = h[1] !== undefined;
    if (roc && year < 200) year += 1911;
    else if (!roc && h[2]!.length === 3) year += 1911;
    else if (h[2]!.length !== 4) year = 0;
    const parts: Parts = { year, month: Number(h[3]), day: Number(h[4]), ...timeParts(h, 5) };
    candidates.push({ index: h.index, parts });
  }
  candidates.sort((a, b) => a.index - b.index);
  for (const c of candidates) if (valid(c.parts)) return toIso(c.parts, defaultOffset);
  return null;
}

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

function metaDate(document: Document): string | null {
  const byKey = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  for (const key of META_KEYS) {
    const value = byKey.get(key);
    const iso = value ? parseDate(value) : null;
    if (iso) return iso;
  }
  return null;
}

function jsonLdDate(document: Document): string | null {
  for (const obj of readJsonLd(document)) {
    for (const key of ['datePublished', 'dateCreated']) {
      const value = obj[key];
      const iso = typeof value === 'string' ? parseDate(value) : null;
      if (iso) return iso;
    }
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
    const iso = parseDate(windowText);
    if (iso) return iso;
  }
  return null;
}

const DATE_CLASS = /(^|[-_\s])(pub|post|publish|article)?[-_]?(date|time)([-_\s]|$)|info|meta|source/i;

function classDate(document: Document): string | null {
  for (const el of Array.from(document.querySelectorAll('time[datetime]'))) {
    const iso = parseDate(el.getAttribute('datetime') ?? '');
    if (iso) return iso;
  }
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // Only small elements: the textContent of a large wrapper is costly and never a dateline.
    if (!DATE_CLASS.test(label) || el.querySelector('p, table, ul, ol, section, article, main') !== null)
      continue;
    const text = el.textContent ?? '';
    if (text.length > 300) continue;
    const iso = parseDate(text);
    if (iso) return iso;
  }
  return null;
}

export interface PublishedHints {
  /** The headline element, if the caller found one. */
  titleElement?: Element | null;
  /** Leading paragraphs of the article body, searched last. */
  lead?: readonly string[];
  /** Lines next to the body (the dateline above it nearest first, then the lines after it). */
  around?: readonly string[];
  /** The body's last lines: a month-only issue date ("《某刊》1998年3月號") is the last resort. */
  tail?: readonly string[];
}

// "1998年3月號", "2003年5月" on a short line of its own: the month is all the page says.
const MONTH_ONLY = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:[号號刊]|份)?\s*[)）]?\s*$/u;

function monthDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 60) continue;
    const m = MONTH_ONLY.exec(asciiDigits(line));
    if (!m) continue;
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (year >= 1900 && year <= 2200 && month >= 1 && month <= 12) return `${year}-${pad(month)}`;
  }
  return null;
}

// A dateline reads like one: a date with a time, or with 发布/来源/更新 words, or little else.
const DATELINE_WORDS =
  /发布|發布|时间|時間|来源|來源|更新|日期|作者|记者|記者|编辑|編輯|本[贴帖]由|发表|發表|posted/iu;

function datelineDate(lines: readonly string[]): string | null {
  let day: string | null = null;
  for (const line of lines) {
    if (line.length > 300) continue;
    const iso = parseDate(line);
    if (!iso) continue;
    const dateline =
      iso.includes('T') ||
      DATELINE_WORDS.test(line) ||
      line.replace(/[\d\s:：年月日号號/.-]/gu, '').length < 6;
    if (!dateline) continue;
    // The first dateline wins, but the same day with a time (a line further on) says more.
    if (day === null) {
      if (iso.includes('T')) return iso;
      day = iso;
    } else if (iso.startsWith(day) && iso.includes('T')) return iso;
  }
  return day;
}

/** Publication date of a page: meta tags, JSON-LD, text near the title, dated elements, then the lead. */
export function findPublished(document: Document, hints: PublishedHints = {}): string | null {
  const declared = metaDate(document) ?? jsonLdDate(document);
  const dateline = hints.around ? datelineDate(hints.around) : null;
  // A meta tag that gives only the day loses to the visible dateline of that day, which has the time.
  if (declared && !declared.includes('T') && dateline?.startsWith(declared)) return dateline;
  return (
    declared ??
    dateline ??
    (hints.titleElement ? nearTitleDate(hints.titleElement) : null) ??
    classDate(document) ??
    (hints.lead ? parseDate(hints.lead.slice(0, 3).join('\n')) : null) ??
    monthDate([...(hints.tail ?? []), ...(hints.lead ?? []), ...(hints.around ?? [])])
  );
}
