// Where the article is among the page's lines: shared by detection and its verdict (no import cycle).
import type { HeadlineBlock } from './extend';
import type { Line } from './lines';

/** Where the body is in the page: the run of lines and the element that holds all of them. */
export interface ArticleLocation {
  lines: Line[];
  /** The prose: metadata is read around it and the article test looks at it. */
  start: number;
  end: number;
  /** The body: the prose with the tables and lists that belong to it (extend.ts); first ≤ start,
   *  last ≥ end. */
  first: number;
  last: number;
  /** Lines between first and last that are not the body (a navbox between two tables). */
  skipped: ReadonlySet<Line>;
  /** A headline block that opens the prose's container (extend.ts), kept when it repeats the title. */
  headline: HeadlineBlock | null;
  container: Element;
  /** Caption lines of a photo post (furniture.ts): the post's text, though short and unpunctuated. */
  captions: ReadonlySet<Line>;
}
