// Turns the upstream HSK word list (drkameleon/complete-hsk-vocabulary's complete.min.json) into the
// compact extract the extension ships (public/hsk/hsk.tsv). Pure, so the script and a test share it.

/** The fields of one upstream word we read (see ../shared/data/hsk/PROVENANCE.md for the key names). */
export interface HskSourceWord {
  s: string;
  l?: string[];
  q?: number;
  f?: { t?: string }[];
}

/** Upstream's rank for "not ranked". */
const UNRANKED = 1_000_000;

export const HSK_HEADER = '#simplified\ttraditional\thsk2\thsk3\tfrequency';

/** Lowest level with `prefix` (o = HSK 2.0, n = HSK 3.0; n7 is the 7–9 band), or '' when none. */
function level(levels: readonly string[], prefix: 'o' | 'n'): string {
  let best = 0;
  for (const l of levels) {
    if (!l.startsWith(prefix)) continue;
    const n = Number(l.slice(1));
    if (Number.isInteger(n) && n > 0 && (best === 0 || n < best)) best = n;
  }
  return best === 0 ? '' : String(best);
}

/** One TSV row per word: simplified, traditional forms that differ (comma-separated), HSK 2.0 level,
 *  HSK 3.0 level (7 = band 7–9), frequency rank (smaller = more frequent; '' when unranked). */
export function compileHskRows(words: readonly HskSourceWord[]): string {
  const rows = [HSK_HEADER];
  const sorted = [...words].sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0));
  for (const w of sorted) {
    if (typeof w.s !== 'string' || !w.s || /[\t\n,]/.test(w.s)) continue;
    const traditional = [...new Set((w.f ?? []).map((f) => f.t ?? ''))].filter((t) => t && t !== w.s);
    const levels = w.l ?? [];
    const rank = typeof w.q === 'number' && w.q > 0 && w.q < UNRANKED ? String(w.q) : '';
    rows.push([w.s, traditional.join(','), level(levels, 'o'), level(levels, 'n'), rank].join('\t'));
  }
  return `${rows.join('\n')}\n`;
}
