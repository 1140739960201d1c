// Title, byline, site and publication date of a page, read (never written) from the Document.

import { jsonName, readJsonLd } from './jsonld';
import { findPublished } from './published';
import { labelledBox, plainElements, queryAll } from './query';
import { runSteps, type Steps } from './steps';

export interface PageMetadata {
  title: string;
  /** The headline element the title came from, when it was an <h1>/<h2> of the page. */
  titleElement: Element | null;
  byline: string | null;
  site: string | null;
  published: string | null;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function metaContent(document: Document, ...keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const meta of queryAll(document, 'meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    const content = squash(meta.getAttribute('content') ?? '');
    if (wanted.has(key) && content) return content;
  }
  return null;
}

function hostname(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** og:site_name, then JSON-LD publisher, then a site-like part of <title>, then the host name. */
export function extractSite(document: Document, url = document.URL): string | null {
  const og = metaContent(document, 'og:site_name', 'application-name');
  if (og) return og;
  for (const obj of readJsonLd(document)) {
    const name = jsonName(obj.publisher);
    if (name) return name;
  }
  return siteFromTitle(document.title ?? '') ?? hostname(url);
}

// Separators between headline and site name in <title>: " - ", " | ", "_", "｜", " — ", and a bare dash
// between Han characters ("標題-中新網"). A dash inside Latin text ("COVID-19") is not a separator.
const TITLE_SEPARATOR =
  /\s+[-–—|·]\s+|\s*[_|｜]+\s*|\s*-{2,}\s*|(?<=[\p{Script=Han}！？。」”》）])[-–—](?=\p{Script=Han})/u;
// Segments that name a site or a channel rather than the story.
const SITE_WORDS = /(新[闻聞]|[网網]|[频頻]道|[报報]|日[报報]|時報|News|\.com|\.cn|首[页頁]|官方)/i;

function titleParts(raw: string): string[] {
  return squash(raw)
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** "標題_新闻中心_华夏网" → "华夏网": the last short part that names a site rather than a channel. */
function siteFromTitle(raw: string): string | null {
  const parts = titleParts(raw);
  if (parts.length < 2) return null;
  for (const p of parts.slice(1).reverse()) {
    if (p.length <= 12 && SITE_WORDS.test(p) && !/[频頻]道|中心|首[页頁]/u.test(p)) return p;
  }
  return null;
}

// A host name used as a site name: "海姑娘 | blog.example.com".
const DOMAIN = /^(?:[\w-]+\.)+(?:com|net|org|edu|gov|info|cn|tw|hk|mo|sg|my)(?:\.[a-z]{2})?$/i;

/** Whether a piece of <title> names the site: one of the names the page gives itself, a host name, or a
 *  short piece with a site word ("新浪新闻", "华夏网"). */
function isSitePart(part: string, names: readonly string[]): boolean {
  return (
    names.some((n) => part === n || (n.length >= 2 && (part.includes(n) || n.includes(part)))) ||
    DOMAIN.test(part) ||
    (part.length <= 12 && SITE_WORDS.test(part))
  );
}

/** The names a page gives itself (og:site_name, application-name, JSON-LD publisher and WebSite), and
 *  `site` as extracted: a title candidate equal to one of them is the site, never the headline. */
function siteNames(document: Document, site: string | null): string[] {
  const names = new Set<string>();
  if (site) names.add(site);
  for (const key of ['og:site_name', 'application-name']) {
    const name = metaContent(document, key);
    if (name) names.add(name);
  }
  for (const obj of readJsonLd(document)) {
    const name =
      jsonName(obj.publisher) ?? (/WebSite/i.test(String(obj['@type'])) ? jsonName(obj.name) : null);
    if (name) names.add(name);
  }
  return [...names];
}

/** Drops a site suffix or prefix: "標題 - 新浪新闻", "標題_网易新闻", "明報 | 標題", "遊記 @ 部落格 :: 痞客邦 ::".
 *  Only parts that name the site are cut: a headline that holds a separator itself ("新竹尖石_美樹營地賞楓")
 *  stays whole. `names` are the page's own names for its site besides `site` (see siteNames). */
export function stripSiteFromTitle(raw: string, site: string | null, names: readonly string[] = []): string {
  // "標題(1)" / "標題（2）": the page number of a paginated article is not part of its title.
  const title = squash(raw).replace(/\s*[(（]\d{1,2}[)）](?=\s*(?:$|[-–—|_｜@:]))/u, '');
  // "post @ blog :: platform ::": what follows " @ " names the blog and the platform, and is the site
  // part; the post's own title before it is kept whole, separators and all ("新竹尖石_美樹營地賞楓").
  const at = title.search(/\s@\s/u);
  if (at > 0) return title.slice(0, at).trim();
  const parts = titleParts(title);
  if (parts.length <= 1) return title;
  const known = site === null ? names : [site, ...names];
  const story = parts.filter((p) => !isSitePart(p, known));
  if (story.length === 0) return parts[0]!;
  // The headline is normally first. A short first piece before a bar, next to a much longer one, is a
  // column tag ("港聞｜…", "图说洛阳| …"); before " - " or "_" it is a short headline followed by a long
  // site name ("金某 - 某某百科，自由的百科全书"), so it stays.
  const first = story[0]!;
  const longest = story.reduce((a, b) => (b.length > a.length ? b : a));
  const barAfter = /^\s*[|｜]/u.test(title.slice(title.indexOf(first) + first.length));
  return barAfter && first.length <= 8 && longest.length >= first.length * 2 ? longest : first;
}

// A character that may sit next to a headline printed inside <title>: a separator or a space.
const TITLE_EDGE = /[\s\-–—|·_｜]/u;

/** Whether `text` is a stretch of `raw` that starts and ends at separators or spaces and holds at least
 *  one whole separator-delimited piece: "图说洛阳| 某学院：剪窗花" in "图说洛阳| 某学院：剪窗花 某报网-某报官方网站". */
function printedIn(raw: string, text: string): boolean {
  const at = raw.indexOf(text);
  if (at < 0) return false;
  const end = at + text.length;
  if ((at > 0 && !TITLE_EDGE.test(raw[at - 1]!)) || (end < raw.length && !TITLE_EDGE.test(raw[end]!)))
    return false;
  return titleParts(raw).some((p) => text.includes(p));
}

/** A heading that is a logo: it links to the site's home page. */
function linksHome(heading: Element, url: string): boolean {
  for (const a of Array.from(heading.querySelectorAll('a[href]'))) {
    try {
      const u = new URL(a.getAttribute('href') ?? '', url);
      if (/^\/(?:index\.\w+)?$/.test(u.pathname) && !u.search) return true;
    } catch {
      // An unparsable href is no link home.
    }
  }
  return false;
}

/** The longest <h1>/<h2> that prints a stretch of og:title or <title> and is not the site's name or
 *  logo: the page shows which side of a separator is its headline ("金某" of "金某 - 某某百科"; the whole
 *  "栏目| 标题" rather than the column name before the bar). An <h2> must hold the title's longest piece,
 *  so a sidebar heading that happens to be one word of it is not taken. */
function headingInTitle(
  headings: readonly Element[],
  raws: readonly string[],
  names: readonly string[],
  url: string,
): { title: string; element: Element } | null {
  let best: { title: string; element: Element } | null = null;
  for (const h of headings) {
    const text = squash(h.textContent ?? '');
    if (text.length < 2 || (best && text.length <= best.title.length)) continue;
    if (isSitePart(text, names) || linksHome(h, url)) continue;
    const ok = raws.some((raw) => {
      if (!printedIn(raw, text)) return false;
      if (h.tagName === 'H1') return true;
      const longest = titleParts(raw).reduce((a, b) => (b.length > a.length ? b : a), '');
      return text.includes(longest);
    });
    if (ok) best = { title: text, element: h };
  }
  return best;
}

function similar(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= long.length * 0.6;
}

/** Whether the page prints its whole title as one line outside links ("对比试车—测试甲、乙(图)" in a
 *  <strong>), none of its pieces naming the site: then the separator was punctuation of the headline
 *  (a 破折号, a colon-like bar), not the start of a site suffix. Only small elements are read. */
function printsWholeTitle(document: Document, raw: string, names: readonly string[]): boolean {
  if (titleParts(raw).some((p) => isSitePart(p, names))) return false;
  const plain = plainElements(document);
  // During a detection the index knows each element's text length: only those that can match are read.
  if (plain) {
    return plain.some(
      ({ el, textLength }) =>
        textLength >= raw.length && textLength <= raw.length * 2 && squash(el.textContent ?? '') === raw,
    );
  }
  for (const el of Array.from(document.body?.querySelectorAll('*') ?? [])) {
    if (el.childElementCount > 1 || el.closest('a, title, option, script, style') !== null) continue;
    const text = el.textContent ?? '';
    if (text.length >= raw.length && text.length <= raw.length * 2 && squash(text) === raw) return true;
  }
  return false;
}

/** og:title / <title> without the site part, preferring an <h1> that says the same thing. */
export function extractTitle(
  document: Document,
  site: string | null,
): { title: string; element: Element | null } {
  const names = siteNames(document, site);
  const og = metaContent(document, 'og:title', 'twitter:title');
  const served = squash(document.title ?? '');
  const raw = og ?? served;
  const stripped = raw ? stripSiteFromTitle(raw, site, names) : '';
  const headings = queryAll(document, 'h1, h2').slice(0, 20);
  const printed = headingInTitle(
    headings,
    [og, served].filter((r): r is string => !!r),
    names,
    document.URL,
  );
  if (printed) return printed;
  for (const h of headings) {
    const text = squash(h.textContent ?? '');
    if (stripped && similar(text, stripped))
      return { title: text.length >= stripped.length ? text : stripped, element: h };
  }
  // Only for a cut suffix: a column tag cut before a bar ("栏目 | 标题") stays cut.
  if (stripped && stripped !== raw && raw.startsWith(stripped) && printsWholeTitle(document, raw, names))
    return { title: raw, element: null };
  if (stripped) return { title: stripped, element: null };
  const h1 = queryAll(document, 'h1, h2').find((h) => h.tagName.toUpperCase() === 'H1') ?? null;
  return { title: squash(h1?.textContent ?? ''), element: h1 };
}

// Visible bylines, most specific first. Each pattern's first group is the byline we return.
const BYLINE_PATTERNS: readonly RegExp[] = [
  // 佛山日報訊 記者某某 通訊員某某報道：
  /\S{2,12}[日晚早时時]?[報报]訊\s*((?:(?:記者|记者|通訊員|通讯员|實習生|实习生)\s*[\p{Script=Han}·、\s]{2,20}?\s*)+)(?:報道|报道)?[:：]/u,
  // 新华社北京3月6日电（记者张华、李明）
  /[电電]\s*[（(]((?:记者|記者)[^）)]{2,30})[）)]/u,
  // （中央社記者王大明台北6日電）
  /[（(]((?:中央社|新華社|新华社|中新社)記者[\p{Script=Han}、]{2,20}?)\d{1,2}日(?:專|专)?[電电][）)]/u,
  // 【明報專訊】
  /【(\S{2,8}?)(?:專訊|专讯)】/u,
  // 作者：某某 / 记者：某某 / 文／某某
  /(?:作者|記者|记者|撰文|文)\s*[:：／/|]\s*([\p{Script=Han}A-Za-z·、\s]{2,20}?)(?=\s{2}|[\s　|｜丨]|$|[)）])/u,
  // 记者 林小舟 (a space instead of a colon)
  /(?:^|\s|本[报報])(?:記者|记者)\s+([\p{Script=Han}·]{2,4}(?:[、\s][\p{Script=Han}·]{2,4})*?)(?=\s|$|[，。；])/u,
  // 来源：新华社
  /(?:來源|来源)\s*[:：]\s*([^\s|｜丨]{2,20})/u,
];

// Place names that CNA datelines put between the reporter and the day.
const DATELINE_PLACES =
  /(台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|馬祖|東京|華盛頓|紐約|北京|上海|香港|澳門|巴黎|倫敦|柏林|首爾|新加坡|洛杉磯|舊金山|布魯塞爾|日內瓦)$/u;

function cleanByline(raw: string): string {
  let text = squash(raw).replace(/[\s　]+/g, ' ');
  const dateline = /^(中央社|新華社|新华社|中新社)記者(.+)$/u.exec(text);
  if (dateline) text = `${dateline[1]}記者${dateline[2]!.replace(DATELINE_PLACES, '')}`;
  return text.trim();
}

/** A byline seen in visible text (lead paragraphs, info lines): reporters, agency dateline, source. */
export function bylineFromText(lines: readonly string[]): string | null {
  for (const pattern of BYLINE_PATTERNS) {
    for (const line of lines) {
      const m = pattern.exec(line);
      if (m?.[1]) {
        const byline = cleanByline(m[1]);
        if (byline) return byline;
      }
    }
  }
  return null;
}

const BYLINE_CLASS = /author|byline|writer|source|info|meta|editor|reporter/i;

const CONTAINERS = 'p, table, ul, ol, section, article, main';

function infoLines(document: Document, titleElement: Element | null): string[] {
  const lines: string[] = [];
  if (titleElement?.parentElement) {
    for (const el of Array.from(titleElement.parentElement.children)) {
      if (el !== titleElement) lines.push(el.textContent ?? '');
    }
  }
  for (const el of queryAll(document, '[class], [id]')) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // Label first, and only small elements: textContent of a page-wide "main-info" wrapper is costly.
    if (!BYLINE_CLASS.test(label)) continue;
    // During a detection the index says it without searching the element.
    const known = labelledBox(document, el);
    if (known ? known.wrapper || known.textLength > 200 : el.querySelector(CONTAINERS) !== null) continue;
    const text = el.textContent ?? '';
    if (text.length <= 200) lines.push(text);
  }
  return lines.map(squash).filter((l) => l !== '');
}

/** meta author, JSON-LD author, then visible byline patterns in info lines and the lead paragraphs. */
export function extractByline(
  document: Document,
  titleElement: Element | null,
  lead: readonly string[] = [],
): string | null {
  const meta = metaContent(document, 'author', 'article:author', 'dc.creator', 'byl');
  if (meta && !/^https?:/i.test(meta)) return meta;
  for (const obj of readJsonLd(document)) {
    const name = jsonName(obj.author) ?? jsonName(obj.creator);
    if (name) return name;
  }
  return bylineFromText([...lead.slice(0, 7), ...infoLines(document, titleElement)]);
}

/** Everything but the body. `lead` is the first paragraphs of the detected body, if known. */
export function extractMetadata(
  document: Document,
  url = document.URL,
  lead: readonly string[] = [],
  /** Lines around the body: above it nearest first, then below it (datelines, forum post stamps). */
  around: readonly string[] = [],
  /** The last lines of the body, where magazines print the issue month. */
  tail: readonly string[] = [],
  /** The clock for relative datelines ("3小时前"); without it they are not read. */
  now?: number,
): PageMetadata {
  return runSteps(metadataSteps(document, url, lead, around, tail, now));
}

/** extractMetadata as steps (steps.ts): site, title, byline and date each read apart. */
export function* metadataSteps(
  document: Document,
  url: string,
  lead: readonly string[],
  around: readonly string[],
  tail: readonly string[],
  now: number | undefined,
): Steps<PageMetadata> {
  const site = extractSite(document, url);
  yield 'site';
  const { title, element } = extractTitle(document, site);
  yield 'title';
  const byline = extractByline(document, element, lead);
  yield 'byline';
  const published = findPublished(document, { url, now, titleElement: element, lead, around, tail });
  yield 'published';
  return { title, titleElement: element, byline, site, published };
}
