// Article detection tuned for Chinese news. The page is read once into lines (lines.ts), each line is
// scored for prose vs furniture with Chinese character and punctuation density and link density
// (score.ts), and the best contiguous run of lines is the body. Editorial lines (原標題, 責任編輯,
// disclaimers, share prompts) inside the run are dropped from the text and read as metadata instead.
// Runs unchanged in a content script and in happy-dom (Node): DOM APIs only, the live document is
// never modified (the html is built in a separate inert document), and nothing forces layout.
import { detectScript } from '../convert/script';
import type { Article, ScriptTag } from '../types';
import { normaliseLine } from './clean';
import { parseDate } from './dates';
import { bodyHtmlSteps } from './html';
import { collectLines, type Line } from './lines';
import { isBoilerplateLine, isMetadataLine, ORIGINAL_TITLE, TRAILING_EDITOR } from './lines-filter';
import { locateSteps } from './locate';
import type { ArticleLocation } from './location';
import { metadataSteps } from './metadata';
import { findNextPageUrl, nextPageSteps } from './next-page';
import { withPageIndex } from './query';
import { commonAncestor, RULE } from './score';
import { runSliced, runSteps, type SliceOptions, type Steps } from './steps';
import { looksLikeArticle } from './verdict';

export { findNextPageUrl, normaliseLine };

/** Text of `root` split at block elements and <br>, with <rt>/<rp> skipped. */
export function blockTexts(root: Element): string[] {
  return collectLines(root)
    .map((l) => normaliseLine(l.text))
    .filter((l) => l !== '');
}

export { locateArticle } from './locate';
export type { ArticleLocation } from './location';
export { MIN_ARTICLE_CHARS } from './verdict';

/** The date under the signature that closes a notice, statement or letter ("特此通告。" / "某某人民政府" /
 *  "2022年1月27日"): part of the document, unlike a dateline. A day without a time, on the run's last
 *  line, right after a short unpunctuated signature line that follows the last sentence. */
function closingDate(kept: readonly string[], text: string, last: boolean): boolean {
  if (!last || kept.length < 2 || text.length > 20) return false;
  const signature = kept[kept.length - 1]!;
  const iso = parseDate(text);
  return (
    iso !== null &&
    !iso.includes('T') &&
    text.replace(/[\d\s年月日号號/.-]/gu, '') === '' &&
    signature.length <= 25 &&
    !/[。，、；：？！,.;:?!]/u.test(signature) &&
    /[。！”」]$/u.test(kept[kept.length - 2]!)
  );
}

/** 1 for <h1> … 6 for <h6>, 7 for a line inside a heading that is not itself one. */
function headingRank(block: Element): number {
  for (let el: Element | null = block; el; el = el.parentElement) {
    const m = /^H([1-6])$/.exec(el.tagName.toUpperCase());
    if (m) return Number(m[1]);
  }
  return 7;
}

/** The lines of the headline block to keep: all of them when one repeats the title and another is
 *  with it (引题 + 主题, 主题 + 副题): that is the headline as printed, and a kicker or subtitle says
 *  what the title does not. A lone echo adds nothing to the title reported apart, and short lines atop
 *  the text that do not repeat it are as often a caption, a column tag or an author's name. */
function keptHeadline(loc: ArticleLocation, title: string): ReadonlySet<Line> {
  const block = loc.headline?.lines ?? [];
  const bare = (s: string): string => s.replace(/\s+/g, '');
  const echo = title !== '' && block.some((l) => bare(normaliseLine(l.text)) === bare(title));
  return new Set(echo && block.length >= 2 ? block : []);
}

/** Body lines of the run, without editorial lines, link rows and the headline (unless printed as a
 *  block in the text: keptHeadline). */
function bodyParagraphs(loc: ArticleLocation, title: string): { paragraphs: string[]; kept: Line[] } {
  const headline = keptHeadline(loc, title);
  const credits = new Set(headline.size > 0 ? loc.headline!.credits : []);
  const paragraphs: string[] = [];
  const kept: Line[] = [];
  let afterOriginalTitle = false;
  let lastRow: Element | null = null;
  // The last line kept if it is a heading, its rank, and how many lines were left out after it.
  let open: { rank: number; emptied: number } | null = null;
  const dropOpen = (): void => {
    paragraphs.pop();
    kept.pop();
    open = null;
  };
  const dropped = (line: Line, text: string, i: number, row: Element | null): boolean => {
    // A 原標題 split over two lines (main title, then subtitle) loses both.
    const subtitle = afterOriginalTitle && text.length <= 60 && !/[。！？!?]$/u.test(text);
    afterOriginalTitle = ORIGINAL_TITLE.test(text);
    if (!text || subtitle || loc.skipped.has(line) || credits.has(line)) return true;
    if (line.chars >= 3 && RULE.test(text)) return true;
    // Link rows go, except a linked name or figure in a data table's own cell (not a <p> in a layout cell).
    const dataCell = line.cell && /^T[DH]$/i.test(line.block.tagName);
    if (line.linkChars / line.chars > 0.5 && !(dataCell && line.chars <= 20)) return true;
    // A figure in a data table ("15200") is not a page number; a date beside its label in a table row
    // ("成文日期：" | "2022年01月27日") is data, not a dateline.
    const bareCell =
      (line.cell && !/\p{Script=Han}/u.test(text)) || (row !== null && row.childElementCount > 1);
    return (
      (!bareCell &&
        !closingDate(paragraphs, text, i === loc.end) &&
        isMetadataLine(text, headline.has(line) ? '' : title)) ||
      isBoilerplateLine(text)
    );
  };
  const from = headline.size > 0 ? Math.min(loc.first, loc.headline!.first) : loc.first;
  for (let i = from; i <= loc.last; i++) {
    const line = loc.lines[i]!;
    const text = normaliseLine(line.text);
    const tag = line.block.tagName.toUpperCase();
    const row = line.cell && (tag === 'TD' || tag === 'TH') ? line.block.parentElement : null;
    if (dropped(line, text, i, row)) {
      if (open) open.emptied++;
      continue;
    }
    // The cells of one table row read as one line: "东城区 15200 6.1%".
    if (row && row === lastRow && kept.length > 0) {
      paragraphs[paragraphs.length - 1] += ` ${text}`;
      kept.push(line);
      continue;
    }
    // A heading whose section was all left out ("目录" over a list of links) goes with it; one link
    // under a heading (a source URL) is not a section.
    const rank = line.heading ? headingRank(line.block) : 0;
    if (open && open.emptied > 1 && rank > 0 && rank <= open.rank) dropOpen();
    open = rank > 0 ? { rank, emptied: 0 } : null;
    lastRow = row;
    paragraphs.push(text);
    kept.push(line);
  }
  if (open && open.emptied > 1) dropOpen();
  const last = paragraphs.length - 1;
  if (last >= 0) {
    // Agency style "…時間。（編輯：陳怡君）1140306": the editor note and file number close the last line.
    const trimmed = paragraphs[last]!.replace(TRAILING_EDITOR, '').trim();
    if (trimmed && !isBoilerplateLine(trimmed)) paragraphs[last] = trimmed;
    else {
      paragraphs.pop();
      kept.pop();
    }
  }
  return { paragraphs, kept };
}

/** Elements of `container` whose lines were all left out of the body (for the html copy). */
function droppedElements(loc: ArticleLocation, kept: readonly Line[], container: Element): Set<Element> {
  const keep = new Set<Element>();
  for (const line of kept) {
    for (let el: Element | null = line.block; el && el !== container; el = el.parentElement) {
      if (keep.has(el)) break;
      keep.add(el);
    }
  }
  const drop = new Set<Element>();
  // A walk up from each line rather than Node.contains, which some DOMs (happy-dom) answer by walking
  // the container's whole subtree, once per line.
  const inside = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) if (e === container) return true;
    return false;
  };
  for (const line of loc.lines) {
    if (line.block !== container && !keep.has(line.block) && inside(line.block)) drop.add(line.block);
  }
  return drop;
}

function pickLang(paragraphs: readonly string[], document: Document): ScriptTag {
  // A page with no article still has a script (the popup shows it): sample its visible text.
  const sample =
    paragraphs.length > 0 ? paragraphs.join('') : (document.body?.textContent ?? '').slice(0, 4000);
  const { script } = detectScript(sample);
  if (script === 'zh-Hans' || script === 'zh-Hant') return script;
  return document.documentElement?.getAttribute('lang')?.trim() || 'und';
}

/** Editorial lines at the very top of the run (before its first real paragraph). */
function leadingMetadata(loc: ArticleLocation): string[] {
  const out: string[] = [];
  for (let i = loc.start; i <= loc.end && i < loc.start + 15; i++) {
    const text = normaliseLine(loc.lines[i]!.text);
    if (!isMetadataLine(text, '')) break;
    out.push(text);
  }
  return out;
}

/** A line's text with the label of its field when it is the value cell of a definition list or a
 *  two-column info table ("出生日期" | "1985年6月12日", "发布日期：" | "2024年01月28日"): datelines are
 *  told from other dates by their label. */
function labelled(line: Line): string {
  const text = normaliseLine(line.text);
  const tag = line.block.tagName.toUpperCase();
  if (tag !== 'DD' && tag !== 'TD') return text;
  const label = line.block.previousElementSibling?.textContent?.trim() ?? '';
  return label.length > 0 && label.length <= 10 && !/\d/.test(label) ? `${label} ${text}` : text;
}

/** Dated editorial lines inside the run after its first paragraph: a blog's "发表于 …" under the post, a
 *  forum's "本贴由某某于…发表", the stamp of each post of a thread (the first is the thread's date). */
function inRunDatelines(loc: ArticleLocation, skip: number): string[] {
  const out: string[] = [];
  for (let i = loc.start + skip; i <= loc.end && out.length < 5; i++) {
    const line = loc.lines[i]!;
    if (line.chars > 80 || line.han > 40) continue;
    const text = normaliseLine(line.text);
    if (isMetadataLine(text, '') && /\d/.test(text)) out.push(text);
  }
  return out;
}

export interface DetectOptions {
  /** The clock (ms since the epoch) to read relative datelines against ("3小时前", "昨天 10:20"): the
   *  content script passes Date.now(); left out (saved pages, the CLI), relative datelines are not read. */
  now?: number;
}

/** Detects the article of `document` (left untouched) at `url`. */
export function detectArticle(document: Document, url: string, options: DetectOptions = {}): Article {
  return runSteps(detectSteps(document, url, options));
}

/** detectArticle as steps (steps.ts), with the page index (query.ts) built first. */
export function detectSteps(document: Document, url: string, options: DetectOptions = {}): Steps<Article> {
  return withPageIndex(document, articleSteps(document, url, options));
}

/** detectArticle in slices (steps.ts): the page's event loop gets a turn between them. The content
 *  script's path; the result is the same as detectArticle's. */
export function detectArticleSliced(
  document: Document,
  url: string,
  options: DetectOptions & SliceOptions = {},
): Promise<Article> {
  return runSliced(detectSteps(document, url, options), options);
}

function* articleSteps(document: Document, url: string, options: DetectOptions): Steps<Article> {
  const loc = yield* locateSteps(document);
  // The dateline and source line usually sit just above the body, the byline in its first lines.
  const lead = loc
    ? [
        ...loc.lines.slice(loc.start, loc.start + 3),
        ...loc.lines.slice(Math.max(0, loc.start - 4), loc.start),
      ].map((l) => normaliseLine(l.text))
    : [];
  // Datelines: editorial lines at the top of the run, then the lines above it (nearest first), then
  // dated editorial lines inside it and the lines after it (forum and blog stamps).
  const leading = loc ? leadingMetadata(loc) : [];
  const around = loc
    ? [
        ...leading,
        ...loc.lines
          .slice(Math.max(0, loc.start - 25), loc.start)
          .reverse()
          .map(labelled),
        ...inRunDatelines(loc, leading.length),
        ...loc.lines.slice(loc.end + 1, loc.end + 4).map(labelled),
      ]
    : [];
  const tail = loc
    ? loc.lines.slice(Math.max(loc.start, loc.end - 1), loc.end + 1).map((l) => normaliseLine(l.text))
    : [];
  const meta = yield* metadataSteps(document, url, lead, around, tail, options.now);
  const title = meta.title;
  const { paragraphs, kept } = loc ? bodyParagraphs(loc, title) : { paragraphs: [], kept: [] };
  yield 'paragraphs';
  // The article test reads the prose, not the tables and lists taken with it.
  const core = loc && new Set(loc.lines.slice(loc.start, loc.end + 1));
  const prose = core ? kept.filter((l) => core.has(l)) : [];
  // A headline block kept above the prose may lie outside the prose's container (its siblings).
  const box = loc && kept.length > 0 ? commonAncestor(kept[0]!.block, loc.container) : null;
  const drop = loc && box ? droppedElements(loc, kept, box) : null;
  yield 'dropped';
  const html = loc && box && drop ? yield* bodyHtmlSteps(box, drop, url) : '';
  yield 'html';
  const isArticle = loc !== null && looksLikeArticle(loc, prose, paragraphs);
  const lang = pickLang(paragraphs, document);
  yield 'lang';
  const nextPageUrl = yield* nextPageSteps(document, url);
  yield 'next-page';
  return {
    isArticle,
    title,
    byline: meta.byline,
    published: meta.published,
    site: meta.site,
    lang,
    paragraphs,
    html,
    nextPageUrl,
  };
}
