// Publication dates → ISO 8601.
//
// Timezone choice: Chinese-language news pages almost always print local time without a zone, and the
// local time of mainland China, Hong Kong, Macau and Taiwan is UTC+8 (no DST). So a date-time without a
// zone gets "+08:00"; a zone the page does give (meta tags, JSON-LD) is kept. A date without a time is
// returned as a plain calendar date "YYYY-MM-DD", since inventing a time would be false precision.
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

// The time after a date: "09:30", "下午2:05", "9:23:57 PM", "T09:30:00+08:00", "- 13:48" (RFI, DW).
// BBC Chinese: "2012年12月10日, 格林尼治标准时间10:41" (Greenwich time, so UTC); a weekday may sit
// between the date and the time ("2024年5月20日 星期一 下午3:15").
const TIME = String.raw`(?:\s*(?:T|\s|\s[-–—|,]\s|,\s*)?\s*(?:(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]\s*)?(上午|下午|晚上|早上|凌晨|中午|格林尼治标准时间|格林尼治標準時間)?\s*(\d{1,2})(?::|[時时点點])(\d{1,2})(?:(?::|分)(\d{1,2})秒?)?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?(?:\s*([AaPp])\.?[Mm]\.?(?![A-Za-z]))?)?`;
// 2025-03-06 09:30:00, 2025/3/6, 2025.03.06, 2025-03-06T09:30:00+08:00
const NUMERIC = new RegExp(String.raw`(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)${TIME}`);
// Taiwan's numeric ROC form: 114/03/06 14:05 (three-digit year 100–199 only).
const ROC_NUMERIC = new RegExp(String.raw`(?<![\d.])(1\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)${TIME}`);
// Year last, as ASP-era portals and European-run Chinese services print it: "9/17/2004 5:54:13 AM" (US
// order, which a 12-hour clock gives away), "06/02/2022 - 13:48" (day first, RFI / DW / BBC style).
const YEAR_LAST = new RegExp(String.raw`(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/.-])${TIME}`);
// 2025年3月6日 09:30, 民國114年3月6日, 114年3月6日
const HANZI = new RegExp(
  String.raw`(民國|民国)?\s*(?<!\d)(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]${TIME}`,
);

function timeParts(m: RegExpExecArray, at: number): Partial<Parts> {
  const hourText = m[at + 1];
  if (hourText === undefined) return {};
  let hour = Number(hourText);
  const half = m[at];
  // 12-hour clock words: 下午3:00 is 15:00; 晚上 likewise; 中午12 stays 12; 12:05 AM is 00:05.
  const pm = m[at + 5]?.toLowerCase() === 'p';
  if ((half === '下午' || half === '晚上' || pm) && hour < 12) hour += 12;
  if (m[at + 5]?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return {
    hour,
    minute: Number(m[at + 2]),
    second: m[at + 3] === undefined ? 0 : Number(m[at + 3]),
    offset: normaliseOffset(m[at + 4]) ?? (half?.startsWith('格林尼治') ? '+00:00' : undefined),
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
  const y = YEAR_LAST.exec(t);
  if (y) {
    const a = Number(y[1]);
    const b = Number(y[3]);
    // Month first when the clock is 12-hour (the US order) or when the second number cannot be a month;
    // otherwise day first, the order of the 24-hour-clock sites that print dates this way.
    const monthFirst = y[10] !== undefined ? b <= 31 && a <= 12 : b > 12 && a <= 12;
    const parts: Parts = {
      year: Number(y[4]),
      month: monthFirst ? a : b,
      day: monthFirst ? b : a,
      ...timeParts(y, 5),
    };
    candidates.push({ index: y.index, parts });
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

// "03月05日 10:20", "3月5日": portals drop the year from the dateline of a recent story.
const MONTH_DAY = new RegExp(String.raw`(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]${TIME}`);

/** A month-and-day date ("03月05日 10:20") completed with `year` (from the URL), as ISO 8601, or null. */
export function parseMonthDay(text: string, year: number, defaultOffset = DEFAULT_OFFSET): string | null {
  const m = MONTH_DAY.exec(asciiDigits(text));
  if (!m) return null;
  const parts: Parts = { year, month: Number(m[1]), day: Number(m[2]), ...timeParts(m, 3) };
  return valid(parts) ? toIso(parts, defaultOffset) : null;
}

// Story URLs of Chinese portals carry the day: /2024-03/05/c_…htm (xinhua, people), /20240305/ (sina,
// 163 doc ids, thepaper), /2024/03/05/ (WordPress, udn), /2024/0305/ (chinanews).
const URL_DATE =
  /(?<!\d)((?:19|20)\d{2})(?:([-/_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])|-(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])|\/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?=[/_.-]|$)/;

/** The calendar day a story URL's path names ("YYYY-MM-DD"), or null. */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const month = Number(m[3] ?? m[5] ?? m[7]);
  const day = Number(m[4] ?? m[6] ?? m[8]);
  const parts: Parts = { year: Number(m[1]), month, day };
  return valid(parts) ? toIso(parts, DEFAULT_OFFSET) : null;
}

/**
 * `declared` (a meta tag's instant with its own zone, often UTC) expressed in the zone of `visible`, the
 * zone-less local time the page prints for the same instant, so the result reads as the page does:
 * ("2022-02-06T12:48:06+00:00", "2022-02-06T13:48:00") → "2022-02-06T13:48:06+01:00". Null when the two
 * are not one instant (they differ by other than a real zone offset, whole quarter-hours within −12…+14 h).
 */
export function inLocalZone(declared: string, visible: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/.exec(declared);
  const v = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):\d{2}$/.exec(visible);
  if (!d || !v) return null;
  const sign = d[7] === '-' ? -1 : 1;
  const declaredOffset = sign * (Number(d[8]) * 60 + Number(d[9]));
  const instantMin =
    Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(d[4]), Number(d[5])) / 60000 -
    declaredOffset;
  const localMin = Date.UTC(Number(v[1]), Number(v[2]) - 1, Number(v[3]), Number(v[4]), Number(v[5])) / 60000;
  const offset = localMin - instantMin;
  if (offset === declaredOffset || offset % 15 !== 0 || offset < -12 * 60 || offset > 14 * 60) return null;
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${visible.slice(0, 17)}${d[6]}${zone}`;
}

// Relative datelines of feeds and app-style pages: "刚刚", "5分钟前", "3小时前", "2天前", "昨天 10:20".
const RELATIVE_AGO = /(?<!\d)(\d{1,3})\s*(秒|分钟|分鐘|小时|小時|天)前/u;
const RELATIVE_DAY = new RegExp(`(今天|今日|昨天|昨日|前天)${TIME}`, 'u');
const UNIT_MS: Record<string, number> = { 秒: 1e3, 分钟: 6e4, 分鐘: 6e4, 小时: 36e5, 小時: 36e5, 天: 864e5 };
const DAYS_BACK: Record<string, number> = { 今天: 0, 今日: 0, 昨天: 1, 昨日: 1, 前天: 2 };

/** Wall-clock parts of the instant `ms` in the page's zone (UTC+8, see the file comment). */
function localParts(ms: number): Parts {
  const d = new Date(ms + 8 * 36e5);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/**
 * A relative dateline ("3小时前", "昨天 10:20", "刚刚") against the clock `now` (ms since the epoch), as
 * ISO 8601 in UTC+8 to the minute ("N天前" and a bare "昨天" to the day), or null.
 */
export function parseRelative(text: string, now: number, defaultOffset = DEFAULT_OFFSET): string | null {
  const t = asciiDigits(text);
  if (/刚刚|剛剛/u.test(t)) return toIso({ ...localParts(now), second: 0 }, defaultOffset);
  const ago = RELATIVE_AGO.exec(t);
  if (ago) {
    const parts = localParts(now - Number(ago[1]) * UNIT_MS[ago[2]!]!);
    if (ago[2] === '天')
      return toIso({ year: parts.year, month: parts.month, day: parts.day }, defaultOffset);
    return toIso({ ...parts, second: 0 }, defaultOffset);
  }
  const day = RELATIVE_DAY.exec(t);
  if (!day) return null;
  const base = localParts(now - DAYS_BACK[day[1]!]! * 864e5);
  const parts: Parts = { year: base.year, month: base.month, day: base.day, ...timeParts(day, 2) };
  return valid(parts) ? toIso(parts, defaultOffset) : null;
}
