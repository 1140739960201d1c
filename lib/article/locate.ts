// Where the article is among the page's lines: the best run of scored lines (score.ts), cut at the
// story's end markers, section stops and furniture, then widened over the tables, lists and headline
// block that belong to it (extend.ts). Read-only: the page is never modified.
import { normaliseLine } from './clean';
import { documentInfoStart, extendOverStructures, headlineBlock } from './extend';
import { afterLeadPicture, isEndMarker, scorePhotoCaptions, storyResumesAfter, storyRun } from './furniture';
import { type Line, lineSteps } from './lines';
import { isBoilerplateLine, isMetadataLine, isSectionStop } from './lines-filter';
import type { ArticleLocation } from './location';
import { commonAncestor, groupedScores, textWeight } from './score';
import { runSteps, type Steps } from './steps';

/** Finds the body of `document` without modifying it; null when the page has no text. */
export function locateArticle(document: Document): ArticleLocation | null {
  return runSteps(locateSteps(document));
}

/** locateArticle as steps (steps.ts). */
export function* locateSteps(document: Document): Steps<ArticleLocation | null> {
  const root = document.body ?? document.documentElement;
  if (!root) return null;
  const lines = yield* lineSteps(root);
  const scores = groupedScores(lines);
  yield 'scores';
  const captions = scorePhotoCaptions(lines, scores);
  yield 'captions';
  const run = storyRun(lines, scores);
  yield 'run';
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
