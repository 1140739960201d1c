// Article detection tuned for Chinese news. The page is read once into lines (lines.ts), each line is
// scored for prose vs furniture with Chinese character and punctuation density and link density
// (score.ts), and the best contiguous run of lines is the body. Editorial lines (原標題, 責任編輯,
// disclaimers, share prompts) inside the run are dropped from the text and read as metadata instead.
// Runs unchanged in a content script and in happy-dom (Node): DOM APIs only, the live document is
// never modified (the html is built in a separate inert document), and nothing forces layout.
import { detectScript } from '../convert/script';
import type { Article, ScriptTag } from '../types';
import { cleanPinyinArtifacts } from './clean';
import { parseDate } from './dates';
import { documentInfoStart, extendOverStructures, headlineBlock } from './extend';
import { afterLeadPicture, isEndMarker, scorePhotoCaptions, storyResumesAfter, storyRun } from './furniture';
import { bodyHtml } from './html';
import { collectLines, type Line } from './lines';
import {
  isBoilerplateLine,
  isMetadataLine,
  isSectionStop,
  ORIGINAL_TITLE,
  TRAILING_EDITOR,
} from './lines-filter';
import type { ArticleLocation } from './location';
import { extractMetadata } from './metadata';
import { findNextPageUrl } from './next-page';
import { commonAncestor, groupedScores, RULE, textWeight } from './score';
import { looksLikeArticle } from './verdict';

export { findNextPageUrl };

export function normaliseLine(raw: string): string {
  return cleanPinyinArtifacts(raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim()).trim();
}

/** Text of `root` split at block elements and <br>, with <rt>/<rp> skipped. */
export function blockTexts(root: Element): string[] {
  return collectLines(root)
    .map((l) => normaliseLine(l.text))
    .filter((l) => l !== '');
}

export type { ArticleLocation } from './location';
export { MIN_ARTICLE_CHARS } from './verdict';

/** Finds the body of `document` without modifying it; null when the page has no text. */
export function locateArticle(document: Document): ArticleLocation | null {
  const root = document.body ?? document.documentElement;
  if (!root) return null;
  const lines = collectLines(root);
  const scores = groupedScores(lines);
  const captions = scorePhotoCaptions(lines, scores);
  const run = storyRun(lines, scores);
  if (!run) return null;
  let { start, end } = run;
  // A "comments" / "related" heading ends the story even when prose-like lines follow it.
  let weight = 0;
  for (let i = start; i <= end; i++) {
    const line = lines[i]!;
    if (weight >= 60 && line.chars <= 60 && isSectionStop(line.text)) {
      // A 延伸閱讀 / 相關新聞 block between paragraphs: the story goes on after its links.
      const resume = storyResumesAfter(lines, scores, i, end);
      if (resume > i) {
        i = resume - 1;
        continue;
      }
      end = i - 1;
      break;
    }
    weight += textWeight(line);
  }
  // A box above the story that Kadane kept because it barely pays for the furniture between them, or
  // that holds no paragraph at all (a blog's profile and counters "日志:279 评论:587"), and lives in
  // another container than the story: cut it.
  let prefix = 0;
  let short = true;
  for (let i = start; i < end && i < start + 30; i++) {
    prefix += scores[i]!;
    short &&= textWeight(lines[i]!) < 25;
    const next = lines[i + 1]!;
    if (
      (prefix < 8 || short) &&
      scores[i]! < 0 &&
      scores[i + 1]! > 0 &&
      next.block.parentElement !== lines[start]!.block.parentElement &&
      next.block.parentElement !== lines[i]!.block.parentElement
    ) {
      start = i + 1;
      prefix = 0;
      short = true;
    }
  }
  // The headline, dateline and share row above the story are not its first lines; editor lines,
  // disclaimers and furniture that Kadane kept because of what came before them are not its last.
  const outside = (i: number): boolean => {
    const l = lines[i]!;
    const text = normaliseLine(l.text);
    return scores[i]! < 0 || l.heading || isMetadataLine(text, '') || isBoilerplateLine(text);
  };
  while (end > start && outside(end)) end--;
  while (start < end && outside(start)) start++;
  start = afterLeadPicture(lines, start, end);
  // Closing lines of a notice or letter ("特此通告。", signature, date) are short and follow the prose.
  const quiet = (l: Line): boolean => l.linkChars === 0 && l.chars <= 40 && l.hint >= 0 && !l.heading;
  for (let k = 0; k < 3 && end + 1 < lines.length && quiet(lines[end + 1]!); k++) {
    const next = lines[end + 1]!;
    if (next.block.parentElement !== lines[end]!.block.parentElement && next.block !== lines[end]!.block)
      break;
    if (isSectionStop(next.text) || isBoilerplateLine(next.text.trim()) || isEndMarker(next)) break;
    end++;
  }
  // A data table right after the prose belongs to it (cells are short, so they scored below zero).
  while (end + 1 < lines.length && lines[end + 1]!.table) {
    const table = lines[end + 1]!.table!;
    if (table.contains(lines[end]!.block)) break;
    let last = end + 1;
    let links = 0;
    let chars = 0;
    for (let i = end + 1; i < lines.length && table.contains(lines[i]!.block); i++) {
      last = i;
      links += lines[i]!.linkChars;
      chars += lines[i]!.chars;
    }
    if (last - end < 4 || links / chars > 0.2 || lines[last]!.hint < 0) break;
    end = last;
  }
  const first = documentInfoStart(lines, start);
  const headline = headlineBlock(lines, start, end);
  const core = commonAncestor(lines[start]!.block, lines[end]!.block);
  const { last, skipped } = extendOverStructures(lines, end, core);
  const container = commonAncestor(lines[first]!.block, lines[last]!.block);
  return { lines, start, end, first, last, skipped: new Set(skipped), headline, container, captions };
}

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
  for (const line of loc.lines) {
    if (line.block !== container && !keep.has(line.block) && container.contains(line.block))
      drop.add(line.block);
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
  const loc = locateArticle(document);
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
  const meta = extractMetadata(document, url, lead, around, tail, options.now);
  const title = meta.title;
  const { paragraphs, kept } = loc ? bodyParagraphs(loc, title) : { paragraphs: [], kept: [] };
  // The article test reads the prose, not the tables and lists taken with it.
  const core = loc && new Set(loc.lines.slice(loc.start, loc.end + 1));
  const prose = core ? kept.filter((l) => core.has(l)) : [];
  // A headline block kept above the prose may lie outside the prose's container (its siblings).
  const box = loc && kept.length > 0 ? commonAncestor(kept[0]!.block, loc.container) : null;
  const html = loc && box ? bodyHtml(box, droppedElements(loc, kept, box), url) : '';
  return {
    isArticle: loc !== null && looksLikeArticle(loc, prose, paragraphs),
    title,
    byline: meta.byline,
    published: meta.published,
    site: meta.site,
    lang: pickLang(paragraphs, document),
    paragraphs,
    html,
    nextPageUrl: findNextPageUrl(document, url),
  };
}
