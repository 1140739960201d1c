// Tables and lists that belong to the body but score as furniture. The run (score.ts) is prose: a data
// table's cells, a track list or a reference page's tables of dates and names are short unpunctuated
// lines, so Kadane stops before them. Three shapes are taken back, each only inside the body's own
// container and only when it reads as content (few links, no furniture class, no index of dated links):
//  - after the prose: section headings with the tables and lists under them (reference and wiki pages,
//    a news story's appendix of figures) and pictures between them, stepping over at most one box
//    whose class marks it as furniture, up to the first thing that is none of these;
//  - above the prose: a document-information table of "label：value" cells (a government notice's
//    索引号 / 发文机关 / 成文日期 …) with the notice's own title lines between it and the text;
//  - above the prose: the headline block a print-style page opens its text with (引题, 主题, 副题 as
//    centred paragraphs), when it is the head of the prose's own container (headlineBlock).
// Navigation, table-of-contents and "related" lists are link lists and stop both; so does a heading
// that opens comments or related stories. Each line is looked at once, with a walk up to its unit.
import { parseDate } from './dates';
import { type Line, labelHint } from './lines';
import { isBoilerplateLine, isMetadataLine, isSectionStop } from './lines-filter';
import { isIndexLine } from './score';

const LIST_TAGS = new Set(['LI', 'DT', 'DD', 'UL', 'OL', 'DL']);

/** More link text than this and a list is navigation (a TOC, "related", a tag cloud). A data table
 *  of a reference page links most names in it (people, shows, channels) and may link more. */
const MAX_LIST_LINKS = 0.5;
const MAX_TABLE_LINKS = 0.65;

/** Whether `root` is `el` or one of its ancestors, within a few levels. Walks up rather than calling
 *  Node.contains, which some DOM implementations (happy-dom) answer by walking the subtree. */
function within(el: Element | null, root: Element): boolean {
  for (let e = el; e; e = e.parentElement) if (e === root) return true;
  return false;
}

/** The ancestors of the run's last line: `below` the container (its own wrappers) and the rest. */
interface Edge {
  below: ReadonlySet<Element>;
  above: ReadonlySet<Element>;
}

/** The highest ancestor of `block` below the container that does not hold the run's last line: the
 *  sibling subtree the line belongs to, after the run. Null when the line is outside the container or
 *  its block holds the run's last line (text directly in the wrapper). One walk up to the nearest
 *  ancestor shared with the last line: parent lookups are what this costs. */
function unitOf(block: Element, edge: Edge): Element | null {
  let unit: Element | null = null;
  for (let e: Element | null = block; e; e = e.parentElement) {
    if (edge.below.has(e)) return unit;
    if (edge.above.has(e)) return null;
    unit = e;
  }
  return null;
}

/** A cell of a data table (a leaf table) inside `unit`; not a paragraph in the cell of a layout table
 *  that holds the whole story. */
const tableCell = (line: Line, unit: Element): boolean => line.cell && within(line.table, unit);

/** A line of a data table or of a list item, within `unit`. */
function structured(line: Line, unit: Element): boolean {
  if (tableCell(line, unit)) return true;
  for (let el: Element | null = line.block; el; el = el.parentElement) {
    if (LIST_TAGS.has(el.tagName.toUpperCase())) return true;
    if (el === unit) break;
  }
  return false;
}

/** A picture and a short caption: <figure>, or a box that holds an image and a line or two. */
function figure(unit: Element, chars: number, links: number): boolean {
  if (chars > 120 || links > chars / 2) return false;
  return unit.tagName.toUpperCase() === 'FIGURE' || unit.querySelector('img') !== null;
}

/** The tables and lists after the prose: the index of the last line taken (`end` when none) and the
 *  lines in between that are not (a labelled box between two tables). */
export interface Extension {
  last: number;
  skipped: Line[];
}

/** take: part of the body; hold: taken only with a table or list after it (a heading, a picture);
 *  skip: furniture between two tables, left out; stop: the article is over. */
type Verdict = 'take' | 'hold' | 'skip' | 'stop';

/** What to do with the lines [i, j) of `unit`. */
function judge(lines: readonly Line[], i: number, j: number, unit: Element, base: number): Verdict {
  let chars = 0;
  let links = 0;
  let cells = true;
  let headings = true;
  let labelled = true;
  let verdict: Verdict = 'take';
  for (let k = i; k < j; k++) {
    const line = lines[k]!;
    chars += line.chars;
    links += line.linkChars;
    cells &&= line.heading || tableCell(line, unit);
    headings &&= line.heading;
    labelled &&= line.hint < base;
    const text = line.text.trim();
    // An index of dated links, a disclaimer, a "comments" or "related" heading: the article is over.
    if (isIndexLine(line) || isBoilerplateLine(text) || (line.chars <= 60 && isSectionStop(text)))
      return 'stop';
    if (line.hint < base || (!line.heading && !structured(line, unit))) verdict = 'skip';
  }
  if (verdict === 'take' && headings) return chars > 40 ? 'stop' : 'hold';
  // A picture with its caption between two tables.
  if (verdict === 'skip' && labelHint(unit) >= 0 && figure(unit, chars, links)) return 'hold';
  if (links / chars > (cells ? MAX_TABLE_LINKS : MAX_LIST_LINKS)) verdict = 'skip';
  // Only a box that says by its class that it is furniture (a navbox, an ad) is stepped over; an
  // unlabelled link list or a paragraph ends the article.
  return verdict === 'skip' && !labelled && labelHint(unit) >= 0 ? 'stop' : verdict;
}

/** Takes the tables and lists that follow `end` in the body's container, with their headings. */
export function extendOverStructures(lines: readonly Line[], end: number, container: Element): Extension {
  const below = new Set<Element>();
  const above = new Set<Element>();
  let past = false;
  for (let e: Element | null = lines[end]!.block; e; e = e.parentElement) {
    (past ? above : below).add(e);
    past ||= e === container;
  }
  const edge: Edge = { below, above };
  // Furniture inside the container carries a lower hint than the prose (a "related" box, a navbox).
  const base = lines[end]!.hint;
  let last = end;
  let skipped: Line[] = [];
  let pending: Line[] = [];
  let skips = 0;
  for (let i = end + 1; i < lines.length; ) {
    const unit = unitOf(lines[i]!.block, edge);
    if (!unit) break;
    let j = i + 1;
    while (j < lines.length && unitOf(lines[j]!.block, edge) === unit) j++;
    const verdict = judge(lines, i, j, unit, base);
    if (verdict === 'stop') break;
    if (verdict === 'skip') {
      // One box between two tables, not a row of them (navboxes and footers after the article).
      if (++skips > 1) break;
      pending.push(...lines.slice(i, j));
    } else if (verdict === 'take') {
      skipped = skipped.concat(pending);
      pending = [];
      skips = 0;
      last = j - 1;
    }
    i = j;
  }
  return { last, skipped };
}

// "索 引 号：", "发文机关:", "成文日期：": a short label that ends with a colon.
const LABEL = /^[\p{Script=Han}A-Za-z\s]{2,10}[:：]$/u;

/** Index of the first line of a document-information table above `start` ("label：value" cells, few
 *  links), with only short unlinked lines (the document's title and number) between them and inside
 *  `start`'s container; `start` when there is none. Only the nearest such table: pages print one copy
 *  for the screen and one for print. */
export function documentInfoStart(lines: readonly Line[], start: number): number {
  let i = start - 1;
  // The title lines and the document number between the table and the text.
  const parent = lines[start]!.block.parentElement;
  for (let k = 0; k < 8 && i >= 0 && !lines[i]!.table; k++, i--) {
    const line = lines[i]!;
    if (line.linkChars > 0 || line.chars > 60 || line.hint < 0 || isBoilerplateLine(line.text.trim()))
      return start;
    if (line.block.parentElement !== parent && line.block !== parent) return start;
  }
  if (i < 0 || !lines[i]!.cell) return start;
  const table = lines[i]!.table!;
  let labels = 0;
  let chars = 0;
  let links = 0;
  let first = i;
  for (; first >= 0 && lines[first]!.table === table; first--) {
    const line = lines[first]!;
    chars += line.chars;
    links += line.linkChars;
    if (LABEL.test(line.text.trim())) labels++;
  }
  first++;
  if (labels < 3 || links / chars > 0.2 || i - first + 1 > 60) return start;
  return first;
}

/** 引题 (kicker), 主题 (headline), 副题 (subtitle): a print headline has at most three lines. */
const MAX_HEADLINE_LINES = 3;
/** The byline and dateline lines a page may print between the headline block and the text. */
const MAX_CREDIT_LINES = 2;

// "本报记者　周晓岚", "新华社记者 王某 摄", "通讯员 李某": the reporters' line under a print headline.
const CREDIT = /记者|記者|通讯员|通訊員|特约撰稿|特約撰稿|撰文|摄影|攝影/u;

const flat = (line: Line): string => line.text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** A short editorial line (byline, dateline, source) that may sit between a headline and the text. */
function creditLine(line: Line): boolean {
  if (line.heading || line.chars > 40) return false;
  const text = flat(line);
  return !/[。]/u.test(text) && (CREDIT.test(text) || isMetadataLine(text, ''));
}

/** A line that can be part of a headline block: a short Chinese line, unlinked, with no full stop and
 *  no date, not a heading element (the page's own <h1>/<h2> is the title, reported apart), not an
 *  editorial line, not in a box labelled furniture. */
function headlineLike(line: Line): boolean {
  if (line.heading || line.linkChars > 0 || line.hint < 0 || line.chars > 60) return false;
  if (line.han * 2 < line.chars || creditLine(line)) return false;
  const text = flat(line);
  if (/[。]/u.test(text) || parseDate(text) !== null || isMetadataLine(text, '')) return false;
  return !isBoilerplateLine(text) && !isSectionStop(text);
}

/** A candidate headline block: `lines` start at index `first`; `credits` are the byline and dateline
 *  lines between them and the text, which are not body. */
export interface HeadlineBlock {
  first: number;
  lines: Line[];
  credits: Line[];
}

/** The headline block of a page that prints its headlines in the article's own text, as a newspaper
 *  page does (引题 / 主题 / 副题 as centred paragraphs): the short lines before the first line of prose
 *  (and its byline) that are its siblings and open their container (nothing of the container's text
 *  before them but a heading, which stays out). `start` and `end` bound the run, which may open with
 *  them when they are punctuated ("17种产品、1个园区…"). Only a candidate: the caller knows the title,
 *  and keeps the block when it repeats it (detect.ts). Null when there is none. */
export function headlineBlock(lines: readonly Line[], start: number, end: number): HeadlineBlock | null {
  const opening = (line: Line): boolean => headlineLike(line) || creditLine(line);
  let p = start;
  while (p < end && p - start < MAX_HEADLINE_LINES + MAX_CREDIT_LINES && opening(lines[p]!)) p++;
  if (opening(lines[p]!)) return null;
  const parent = lines[p]!.block.parentElement;
  if (!parent) return null;
  const sibling = (i: number): boolean => i >= 0 && lines[i]!.block.parentElement === parent;
  let c = p;
  while (p - c < MAX_CREDIT_LINES && sibling(c - 1) && creditLine(lines[c - 1]!)) c--;
  let h = c;
  while (c - h < MAX_HEADLINE_LINES && sibling(h - 1) && headlineLike(lines[h - 1]!)) h--;
  if (h === c) return null;
  // The block opens the container: what comes before it is outside, or the article's heading.
  let q = h - 1;
  if (q >= 0 && lines[q]!.heading && within(lines[q]!.block, parent)) q--;
  if (q >= 0 && within(lines[q]!.block, parent)) return null;
  return { first: h, lines: lines.slice(h, c), credits: lines.slice(c, p) };
}
