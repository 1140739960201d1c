// Which run of lines is the article. Each line gets a score: positive for prose (Chinese characters and
// punctuation, few links), negative for furniture (link lists, short labels, comment or sidebar
// containers); the body is the contiguous run with the largest sum (Kadane). A run rather than a DOM
// container because Chinese portals of every age put the story, the editor line, share buttons and
// "related" lists as siblings in one <div> or one layout <td>: a container score cannot cut between
// them, a run can. Short Chinese paragraphs ("他說。") score a little below zero and are kept when prose
// surrounds them, which is the point: Readability drops them.
import type { Line } from './lines';

/** Weight of a line's text in "Han character equivalents": a Latin letter carries ~1/3 of a Han. */
export function textWeight(line: Pick<Line, 'chars' | 'han' | 'linkChars'>): number {
  const plain = line.chars - line.linkChars;
  const hanPlain = Math.min(line.han, plain);
  return hanPlain + 0.35 * (plain - hanPlain);
}

const STAMP = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}:\d{2}/g;
const stamps = (text: string): number => text.match(STAMP)?.length ?? 0;
/** An index: three dates or times in a line ("标题(2004/10/10 17:06)标题(…)", a row of dated file
 *  paths), unless the line is Chinese prose in sentences: a paragraph that walks through a timeline
 *  ("2016年4月14日，…。2017年2月17日，…。2017年6月23日，…。") is the story. */
const dated = (line: Pick<Line, 'text' | 'chars' | 'han'>): boolean => {
  if (line.chars < 20 || stamps(line.text) < 3) return false;
  const sentences = line.text.match(/[。！？]/g)?.length ?? 0;
  return !(line.han * 2 >= line.chars && sentences >= 2);
};

export const RULE = /^[\s\-=_*~─━—－＝＿·.]+$/u;

/** A line of an index: three dates in a line, or one linked item with its date ("标题 2024-03-05"). A
 *  cell of a data table may be a linked date or a date with a linked name: it is data, not an index. */
export function isIndexLine(line: Line): boolean {
  return dated(line) || (!line.cell && line.linkChars > 0 && line.chars <= 40 && stamps(line.text) >= 1);
}

export function lineScore(line: Line): number {
  const density = line.linkChars / line.chars;
  let s: number;
  if (dated(line) || (line.linkChars > 0 && line.chars <= 40 && stamps(line.text) >= 1)) {
    // A list of items each with its date ("标题(2004/10/10 17:06)标题(…)"), or one linked item with its
    // date: an index, not prose.
    s = -(10 + 0.2 * line.chars);
  } else if (line.chars >= 10 && RULE.test(line.text)) {
    // A typed rule "------": forums put it between a post and its signature or the replies.
    s = -25;
  } else if (density > 0.5) {
    // A link or a row of links: navigation, "related", tags, pagination.
    s = -(4 + 0.3 * line.chars);
  } else {
    const w = textWeight(line);
    // Short labels; a cell of a data table is short by nature and costs less.
    if (w < 25 && line.cell && line.linkChars === 0) s = -1.5;
    // Short unpunctuated lines: labels and menus, but also agendas, verse and lyrics when unlinked.
    else if (line.punct === 0 && w < 25) s = line.heading ? -1.5 : line.linkChars === 0 ? -3 : -6;
    else s = (line.punct > 0 ? w : w * 0.5) * (1 - density) - 12;
  }
  if (line.hint < 0) s = s > 0 ? s * 0.15 - 4 * -line.hint : s * (1 - line.hint);
  else if (line.hint > 0 && s > 0) s *= 1 + 0.25 * Math.min(line.hint, 2);
  return s;
}

/** Line scores where lines split only by <br> inside one block are scored together as one paragraph
 *  and share the score: verse, lyrics and old forum posts put every short line on its own <br>. */
export function groupedScores(lines: readonly Line[]): number[] {
  const out = new Array<number>(lines.length);
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && lines[j]!.block === lines[i]!.block) j++;
    if (j - i === 1) out[i] = lineScore(lines[i]!);
    else {
      const merged: Line = { ...lines[i]!, text: '', chars: 0, linkChars: 0, han: 0, punct: 0 };
      let stamped = 0;
      let sentences = 0;
      for (let k = i; k < j; k++) {
        if (stamps(lines[k]!.text) > 0) stamped++;
        if (/[。！？]/.test(lines[k]!.text)) sentences++;
        merged.chars += lines[k]!.chars;
        merged.linkChars += lines[k]!.linkChars;
        merged.han += lines[k]!.han;
        merged.punct += lines[k]!.punct;
      }
      // A list of items each with its date ("标题(2004/10/10 17:06)" on every line) is an index, not a
      // paragraph; an agenda with a time here and there, or a dated timeline in sentences, is not.
      const index = j - i >= 3 && stamped >= 0.6 * (j - i) && sentences < 0.5 * (j - i);
      const share = index ? -(10 + 0.2 * merged.chars) / (j - i) : lineScore(merged) / (j - i);
      // Link rows and typed rules inside the group keep their own (negative) score.
      for (let k = i; k < j; k++) {
        const own = lines[k]!;
        const furniture =
          own.linkChars / own.chars > 0.5 || (own.chars >= 10 && RULE.test(own.text)) || dated(own);
        out[k] = furniture ? lineScore(own) : share;
      }
    }
    i = j;
  }
  return out;
}

export interface Run {
  start: number;
  /** Inclusive. */
  end: number;
  sum: number;
}

/** The contiguous run of the largest sum (empty run → null). */
export function bestRun(scores: readonly number[]): Run | null {
  let best: Run | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > 0 && (best === null || sum > best.sum)) best = { start, end: i, sum };
  }
  return best;
}

/** The deepest element containing both `a` and `b`. */
export function commonAncestor(a: Element, b: Element): Element {
  if (a === b || a.contains(b)) return a;
  let el: Element | null = a.parentElement;
  while (el && !el.contains(b)) el = el.parentElement;
  return el ?? a.ownerDocument.documentElement;
}
