// Structural signs that the story has ended inside the best run of lines: rows that repeat the shape of
// a feed ("source · 8 小時前" over each blurb) or of a comment thread (a vote/reply row under each
// comment), and the end markers of a story ("（完）", "—END—"). Each is about the shape of the rows,
// never one site's markup, so it holds on pages no one tuned for.
import type { Line } from './lines';
import { bestRun, type Run } from './score';

const flat = (line: Line): string => line.text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

// "信報財經新聞·8 小時前", "Yahoo 地產 · 昨天", "澎湃新闻 | 3分钟前": a source, a dot, a relative time.
const FEED_ROW =
  /^[^。！？，,]{1,24}\s*[·・•‧|｜]\s*(?:\d+\s*(?:秒|分鐘|分钟|小時|小时|天|日|週|周|個月|个月|年)前|昨天|前天|剛剛|刚刚)$/u;

/** A feed item's source and time row. */
export const isFeedRow = (line: Line): boolean => line.chars <= 40 && FEED_ROW.test(flat(line));

// A comment's action row: two or more of 顶/踩/赞/回复/分享/举报, each with an optional count.
const ACTION =
  '(?:顶|頂|踩|赞|讚|点赞|點讚|回复|回覆|回應|回应|分享|举报|舉報|檢舉|引用|支持|反对|反對|like|reply)';
const ACTION_ROW = new RegExp(
  String.raw`^(?:${ACTION}\s*[(（\[]?\s*\d*\s*[)）\]]?\s*[|｜·]?\s*){2,6}$`,
  'iu',
);
// A comment's author row: a name and where or when ("网易湖北省网友 [武汉]", "張三 2024-05-01 10:20").
const AUTHOR_ROW =
  /^\S{1,20}(?:网友|網友|用户|用戶)\S{0,10}|^\S{1,20}\s*[[［(（][^\]］)）]{1,12}[\]］)）]\s*$|^\S{1,20}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/u;

export const isActionRow = (line: Line): boolean => line.chars <= 40 && ACTION_ROW.test(flat(line));

// A story's closing mark: "（完）", "【完】", "—END—", "- 全文完 -".
const END_MARK = /^[\s(（【[\-—–－~～=*·]*(?:完|全文完|end|the end)[\s)）】\]\-—–－~～=*·]*$/iu;

export const isEndMarker = (line: Line): boolean => line.chars <= 12 && END_MARK.test(flat(line));

/**
 * Where a run of lines stops being the story because rows of a feed or a comment thread begin, or
 * after an end marker: the index of the first line that is not the story, or -1. Two or more rows of
 * the same kind are needed (one "回复" link is not a thread). A comment thread is taken to start one
 * comment before its first action row, a comment being as many lines as between the first two rows.
 */
export function furnitureStart(lines: readonly Line[], start: number, end: number): number {
  const feed: number[] = [];
  const actions: number[] = [];
  let authors = 0;
  for (let i = start; i <= end; i++) {
    const line = lines[i]!;
    if (isEndMarker(line) && i > start) return i;
    if (isFeedRow(line)) feed.push(i);
    else if (isActionRow(line)) actions.push(i);
    else if (line.chars <= 40 && AUTHOR_ROW.test(flat(line))) authors++;
  }
  const cuts: number[] = [];
  if (feed.length >= 2) cuts.push(feed[0]!);
  if (actions.length >= 2) {
    const span = Math.max(1, actions[1]! - actions[0]!);
    cuts.push(Math.max(start, actions[0]! - span + 1));
  } else if (actions.length === 1 && authors >= 2) cuts.push(actions[0]!);
  return cuts.length > 0 ? Math.min(...cuts) : -1;
}

/** The best run once rows of a feed or a comment thread, and what follows an end marker, are scored
 *  as furniture (furniture.ts): a short story above a long feed is then the run, not the feed. */
export function storyRun(lines: readonly Line[], scores: number[]): Run | null {
  let run = bestRun(scores);
  for (let k = 0; run && k < 4; k++) {
    const cut = furnitureStart(lines, run.start, run.end);
    if (cut < 0) break;
    for (let i = cut; i <= run.end; i++) scores[i] = -Math.abs(scores[i]!) - 2;
    run = bestRun(scores);
  }
  return run;
}

/** After a "related" heading at `stop`, the index where the story resumes when the heading opens an
 *  in-body link block: at most 8 rows of links or short lines, then a punctuated paragraph in the same
 *  container as the paragraph above the heading; else -1 (the heading ends the story). */
export function storyResumesAfter(
  lines: readonly Line[],
  scores: readonly number[],
  stop: number,
  end: number,
): number {
  const above = lines[stop - 1];
  if (!above) return -1;
  for (let j = stop + 1; j <= Math.min(end, stop + 9); j++) {
    const line = lines[j]!;
    const linkRow = line.linkChars / Math.max(1, line.chars) > 0.5;
    if (linkRow || (line.chars <= 12 && line.punct === 0)) continue;
    const prose = scores[j]! > 0 && line.punct >= 2 && line.linkChars === 0;
    const sameBox = line.block.parentElement === above.block.parentElement;
    return prose && sameBox && j > stop + 1 ? j : -1;
  }
  return -1;
}

/** An <img> in `el` or at most two levels down: a caption's photo sits right there, and a search of a
 *  whole big container for every short line would cost the detection its time budget. */
function hasImage(el: Element | null, depth = 2): boolean {
  if (el === null) return false;
  if (el.tagName.toUpperCase() === 'IMG') return true;
  if (depth === 0) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (hasImage(c, depth - 1)) return true;
  return false;
}

/** A photo post's caption: a short unlinked, unpunctuated line with a photo in its block or beside it
 *  (a travel blog: "美樹營地入口" over each picture). Alone it reads like a label; many in one container
 *  are the post. */
export function isPhotoCaption(line: Line): boolean {
  if (line.heading || line.linkChars > 0 || line.punct > 1 || line.han < 3 || line.chars > 40) return false;
  if (line.hint < 0) return false;
  const block = line.block;
  return hasImage(block) || hasImage(block.previousElementSibling) || hasImage(block.nextElementSibling);
}

/** Caption lines of photo posts (at least 4 in one container) scored as a little prose, so that the
 *  post, not a sidebar, is the best run. Returns the caption lines. */
export function scorePhotoCaptions(lines: readonly Line[], scores: number[]): Set<Line> {
  const byBox = new Map<Element | null, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (scores[i]! >= 0 || !isPhotoCaption(line)) continue;
    const box = line.block.parentElement;
    const list = byBox.get(box) ?? [];
    list.push(i);
    byBox.set(box, list);
  }
  const captions = new Set<Line>();
  for (const list of byBox.values()) {
    if (list.length < 4) continue;
    for (const i of list) {
      scores[i] = 2;
      captions.add(lines[i]!);
    }
  }
  return captions;
}

/** Whether `el` lies inside `box` (walks up: happy-dom answers Node.contains by walking the subtree). */
function inside(el: Element, box: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e === box) return true;
  return false;
}

/** The first line of the story when the run opens with a picture box: a photo and its caption (one or
 *  two short lines) in a box of their own that precedes the text's container (a lead photo printed above
 *  the story). The caption describes the photo; it is not the story's first paragraph. `start` when the
 *  run does not open so. */
export function afterLeadPicture(lines: readonly Line[], start: number, end: number): number {
  const first = lines[start]!;
  for (let k = start + 1; k <= Math.min(end, start + 2); k++) {
    const next = lines[k]!;
    // The highest ancestor of the caption that does not hold the next line: the caption's own box.
    let box = first.block;
    while (box.parentElement && !inside(next.block, box.parentElement)) box = box.parentElement;
    // The box holds the caption and nothing of the text before it (a byline or a label is not a caption's).
    if (inside(next.block, box) || (start > 0 && inside(lines[start - 1]!.block, box))) return start;
    let chars = 0;
    for (let i = start; i < k; i++) {
      const line = lines[i]!;
      if (line.heading || line.linkChars > 0 || !inside(line.block, box)) return start;
      chars += line.chars;
    }
    if (chars > 150) return start;
    // The text's own container: the highest ancestor of the next line that does not hold the caption.
    let text = next.block;
    while (text.parentElement && !inside(first.block, text.parentElement)) text = text.parentElement;
    if (!inside(lines[end]!.block, text)) return start;
    if (box.querySelector('img') !== null && next.punct > 0 && next.chars > chars) {
      return k;
    }
  }
  return start;
}
