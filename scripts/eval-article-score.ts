// Scoring helpers of `npm run eval -- article`, shared by every set's reader (eval-article.ts and
// eval-article-multi.ts): bag P/R/F1 over tokens, date / author / title agreement, table formatting.

export interface Prf {
  p: number;
  r: number;
  f: number;
}
export interface Side {
  prf: Prf;
  title: boolean | null;
  byline: boolean | null;
  date: boolean | null;
}
export interface PageResult {
  set: string;
  id: string;
  chinese: boolean;
  ours: Side;
  rb: Side;
  /** Left out of the set's means and targets (errata: no one body is right), still printed. */
  excluded?: string;
  /** Scored on recall alone (errata: the gold is a prefix of the right answer). */
  recallOnly?: string;
  /** One line on what our body holds that the gold does not, or misses (pages below 0.8). */
  reason?: string;
  /** For the list of date misses: the gold, ours, and the dates the page shows (first few). */
  dates?: { gold: string; ours: string | null; seen: string[] };
  /** immortal-autumn: our title against the page's <title> as served (index.tsv), site part included. */
  pageTitle?: { gold: string; ours: string; right: boolean | null };
  /** multi-source: our title when it misses the gold. */
  titleSeen?: { gold: string; ours: string };
}

export function prf(overlap: number, pn: number, gn: number): Prf {
  const p = pn === 0 ? 0 : overlap / pn;
  const r = gn === 0 ? 0 : overlap / gn;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function bagScore(predicted: string[], gold: string[]): Prf {
  const pb = new Map<string, number>();
  for (const g of predicted) pb.set(g, (pb.get(g) ?? 0) + 1);
  const gb = new Map<string, number>();
  for (const g of gold) gb.set(g, (gb.get(g) ?? 0) + 1);
  let overlap = 0;
  for (const [g, n] of gb) overlap += Math.min(n, pb.get(g) ?? 0);
  return prf(overlap, predicted.length, gold.length);
}

export const bigrams = (text: string): string[] => {
  const s = Array.from(text.replace(/\s+/g, ''));
  return s.slice(1).map((c, i) => s[i]! + c);
};
export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Gold "2005-5-7 21:23" vs an ISO string: every component the gold gives must agree. The gold's
 *  components are the page's wall clock, so ours is compared as printed (no zone conversion). A gold
 *  with no digits is no date (one immortal-autumn file holds an author name in its date field). */
export function dateMatches(gold: string, ours: string | null): boolean | null {
  if (!gold.trim() || /^UNKN/i.test(gold.trim()) || !/\d/.test(gold)) return null;
  const g = gold.match(/\d+/g)?.map(Number) ?? [];
  const o = ours?.match(/\d+/g)?.map(Number) ?? [];
  return g.length > 0 && g.every((n, i) => o[i] === n);
}

/** Gold ISO 8601 with an offset ("2024-05-13T06:16:00+08:00") or a bare date, against ours: the same
 *  minute as an instant when both carry a time and a zone (a stamp in UTC is the same moment), else
 *  the same wall-clock components as far as the gold goes (date; hour and minute when it gives them). */
export function isoDateMatches(gold: string, ours: string | null): boolean | null {
  if (!gold) return null;
  if (!ours) return false;
  const zoned = /T\d\d:\d\d.*(?:Z|[+-]\d\d:?\d\d)$/;
  if (zoned.test(gold) && zoned.test(ours)) return Math.abs(Date.parse(gold) - Date.parse(ours)) < 60_000;
  const parts = (s: string): number[] => (s.match(/\d+/g) ?? []).slice(0, 5).map(Number);
  const g = parts(gold.replace(/(?:Z|[+-]\d\d:?\d\d)$/, ''));
  const o = parts(ours);
  return g.every((n, i) => o[i] === n);
}

export function authorMatches(gold: string, ours: string | null): boolean | null {
  if (!gold.trim() || /^UNKN/i.test(gold.trim())) return null;
  const names = gold.split(/[\s、]+/).filter(Boolean);
  return ours !== null && names.every((n) => ours.includes(n));
}

/** Exact after whitespace normalisation, or the gold with a site part ("標題 - 網站") around ours. */
export function titleMatches(gold: string, ours: string): boolean | null {
  const g = squash(gold);
  const o = squash(ours);
  if (!g) return null;
  if (o === g) return true;
  if (o.length < 2) return false;
  const rest = g.startsWith(o) ? g.slice(o.length) : g.endsWith(o) ? g.slice(0, g.length - o.length) : null;
  return rest !== null && /^\s*[-–—|_｜:：·]|[-–—|_｜:：·]\s*$/.test(rest);
}

export const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
export const mark = (x: boolean | null): string => (x === null ? '·' : x ? '✓' : '✗');
export const mean = (xs: number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

/** A one-line reason for a low score: the longest line of our body that the gold mostly lacks (under a
 *  third of its character bigrams in the gold), or the longest gold line we mostly lack. */
export function lowScoreReason(ours: string, gold: string, score: Prf): string {
  if (!ours.trim()) return 'no body (isArticle false or empty)';
  const goldSet = new Set(bigrams(gold));
  const oursSet = new Set(bigrams(ours));
  const mostlyOutside = (line: string, set: Set<string>): boolean => {
    const bs = bigrams(line);
    return bs.length > 0 && bs.filter((b) => set.has(b)).length < bs.length / 3;
  };
  const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
  const longest = (lines: string[]): string => clip(lines.sort((a, b) => b.length - a.length)[0] ?? '');
  const extra = ours.split('\n').filter((l) => mostlyOutside(l, goldSet));
  const missed = gold.split('\n').filter((l) => mostlyOutside(l, oursSet));
  return score.p < score.r
    ? `${extra.length} lines not in the gold, e.g. "${longest(extra)}"`
    : `${missed.length} gold lines missed, e.g. "${longest(missed)}"`;
}
