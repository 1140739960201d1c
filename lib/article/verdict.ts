// Whether the located body is an article or a list of headlines: its size, its links and how much of
// it reads as prose (punctuated paragraphs, or the captions of a photo post).

import type { Line } from './lines';
import type { ArticleLocation } from './location';
import { textWeight } from './score';

/** Below this many characters of body text a page is not an article (a Chinese brief is 100–150: short stories on huge pages must still count). */
export const MIN_ARTICLE_CHARS = 100;

export function looksLikeArticle(
  loc: ArticleLocation,
  kept: readonly Line[],
  paragraphs: readonly string[],
): boolean {
  const chars = paragraphs.reduce((n, p) => n + p.replace(/\s+/g, '').length, 0);
  if (chars < MIN_ARTICLE_CHARS) return false;
  let links = 0;
  let total = 0;
  let linkRows = 0;
  for (let i = loc.start; i <= loc.end; i++) {
    const line = loc.lines[i]!;
    links += line.linkChars;
    total += line.chars;
    if (line.linkChars / line.chars > 0.5) linkRows++;
  }
  if (links / total > 0.4) return false;
  const rows = loc.end - loc.start + 1;
  // A headline list with blurbs: every other line a link.
  if (rows >= 12 && linkRows / rows > 0.35) return false;
  // A headline list: many short lines and none that reads like a paragraph.
  const longest = kept.reduce((n, l) => Math.max(n, textWeight(l)), 0);
  // Chinese news paragraphs are often one or two sentences: prose is punctuated, headlines are not.
  const prose = kept.filter((l) => !l.cell);
  const punctuated = prose.filter((l) => l.punct >= 2 && l.linkChars === 0).length;
  // A photo post: its captions are its text.
  const captioned = prose.filter((l) => loc.captions.has(l)).length;
  return (
    longest >= 50 ||
    prose.length <= 5 ||
    punctuated >= prose.length * 0.7 ||
    punctuated + captioned >= prose.length * 0.7
  );
}
