// The closing tables of `npm run eval -- article`: per set ours next to Readability (P, R, F1, title,
// byline, date), every page below F1 0.8 with a one-line reason, date and title misses, and the targets.

import { mean, type PageResult, pct, type Side } from './eval-article-score';
import { printPageTitles } from './eval-article-title';

type Explained = (id: string, what: 'body' | 'date') => string | undefined;

// Where each set stood before issue 14 (mean F1 %, ours); a set may not fall below it.
const FLOOR: Readonly<Record<string, number>> = {
  'immortal-autumn': 97.8,
  'trafilatura-cjk': 96.7,
  'readability-general': 94.7,
  scrapinghub: 92.1,
};

const frac = (xs: (boolean | null)[]): string => {
  const known = xs.filter((x) => x !== null);
  return known.length === 0 ? '   -   ' : `${known.filter(Boolean).length}/${known.length}`.padStart(7);
};
const share = (xs: (boolean | null)[]): number => {
  const known = xs.filter((x) => x !== null);
  return known.length === 0 ? 1 : known.filter(Boolean).length / known.length;
};
const ok = (b: boolean): string => (b ? 'MET ' : 'MISS');

function meansTable(results: PageResult[]): void {
  console.log('\n== means (ours | readability); errata-excluded pages left out');
  console.log(
    `${'set'.padEnd(20)} pages | P     R     F1    title   byline  date    | P     R     F1    title   byline  date`,
  );
  const line = (name: string, rs: PageResult[]): void => {
    const s = (k: 'ours' | 'rb'): string =>
      `${pct(mean(rs.map((r) => r[k].prf.p)))} ${pct(mean(rs.map((r) => r[k].prf.r)))} ${pct(mean(rs.map((r) => r[k].prf.f)))} ${frac(rs.map((r) => r[k].title))} ${frac(rs.map((r) => r[k].byline))} ${frac(rs.map((r) => r[k].date))}`;
    console.log(`${name.padEnd(20)} ${String(rs.length).padStart(5)} | ${s('ours')} | ${s('rb')}`);
  };
  const counted = results.filter((r) => !r.excluded);
  for (const set of new Set(results.map((r) => r.set)))
    line(
      set,
      counted.filter((r) => r.set === set),
    );
  line('all', counted);
}

function misses(results: PageResult[], explained: Explained): void {
  console.log('\n== misses (explained ones were checked by hand: the gold, not the detector)');
  const why = (r: PageResult, what: 'body' | 'date'): string => {
    const note = r.excluded ?? (what === 'body' ? r.recallOnly : undefined) ?? explained(r.id, what);
    return note ? `  [explained: ${note}]` : '';
  };
  for (const r of results.filter((r) => r.chinese && r.ours.date === false)) {
    console.log(`date ${r.id.slice(0, 14)}: gold ${r.dates?.gold} | ours ${r.dates?.ours}${why(r, 'date')}`);
    if (r.dates?.seen.length) console.log(`     seen: ${r.dates.seen.join(' · ')}`);
  }
  for (const r of results.filter((r) => r.titleSeen))
    console.log(`title ${r.id.slice(0, 14)}: gold ${r.titleSeen?.gold} | ours ${r.titleSeen?.ours}`);
  const f = (s: Side): string => `P ${pct(s.prf.p)} R ${pct(s.prf.r)} F1 ${pct(s.prf.f)}`;
  for (const r of results.filter(
    (r) => r.ours.prf.f < 0.8 || (r.chinese && r.ours.prf.f < r.rb.prf.f - 0.02),
  )) {
    const reason = r.reason ? ` — ${r.reason}` : '';
    console.log(
      `body ${r.set}/${r.id.slice(0, 14)}: ours ${f(r.ours)} | readability ${f(r.rb)}${reason}${why(r, 'body')}`,
    );
  }
}

function targets(results: PageResult[], explained: Explained): void {
  console.log('\n== targets');
  const counted = results.filter((r) => !r.excluded);
  const of = (set: string): PageResult[] => counted.filter((r) => r.set === set);
  const tag = (r: PageResult): string => `${r.id.slice(0, 14)}${explained(r.id, 'body') ? '*' : ''}`;
  const ms = of('multi-source');
  if (ms.length > 0) {
    const f = mean(ms.map((r) => r.ours.prf.f));
    const low = ms.filter((r) => r.ours.prf.f < 0.8);
    const worse = ms.filter((r) => r.ours.prf.f < r.rb.prf.f - 0.02);
    const titles = share(ms.map((r) => r.ours.title));
    const dates = share(ms.map((r) => r.ours.date));
    console.log(`${ok(f >= 0.97)} multi-source mean F1 ${pct(f)} (≥ 97.0)`);
    console.log(
      `${ok(low.length === 0)} multi-source pages below 0.8: ${low.length} ${low.map(tag).join(' ')}`,
    );
    console.log(
      `${ok(worse.length === 0)} multi-source pages below Readability − 0.02: ${worse.length} ${worse.map(tag).join(' ')}`,
    );
    console.log(`${ok(titles === 1)} multi-source titles ${pct(titles)}% (100)`);
    console.log(`${ok(dates >= 0.95)} multi-source dates ${pct(dates)}% (≥ 95)`);
  }
  for (const [set, floor] of Object.entries(FLOOR)) {
    const rs = of(set);
    if (rs.length === 0) continue;
    const f = 100 * mean(rs.map((r) => r.ours.prf.f));
    console.log(`${ok(f >= floor - 0.05)} ${set} mean F1 ${f.toFixed(1)} (≥ ${floor})`);
  }
  const ia = of('immortal-autumn');
  if (ia.length > 0) {
    const below = ia.filter((r) => r.ours.prf.f < 0.8 && !r.recallOnly).map(tag);
    console.log(
      `${ok(below.length === 0)} immortal-autumn pages below 0.8 (errata applied): ${below.join(' ')}`,
    );
  }
  const zh = counted.filter((r) => r.chinese);
  const worse = zh.filter((r) => r.ours.prf.f < r.rb.prf.f - 0.02).map(tag);
  console.log(`     Chinese pages below Readability − 0.02: ${worse.length}/${zh.length} ${worse.join(' ')}`);
  const withDate = zh.filter((r) => r.ours.date !== null);
  const dates = withDate.filter((r) => r.ours.date).length / Math.max(1, withDate.length);
  console.log(`     dates right ${pct(dates)}% of ${withDate.length} Chinese pages with a gold date`);
  printPageTitles(results.flatMap((r) => (r.pageTitle ? [{ id: r.id, ...r.pageTitle }] : [])));
  console.log('(* explained in == misses above)');
}

export function summary(results: PageResult[], explained: Explained, msOurs: number, msRb: number): void {
  meansTable(results);
  misses(results, explained);
  targets(results, explained);
  console.log(
    `time: detectArticle ${(msOurs / results.length).toFixed(1)} ms/page, Readability ${(msRb / results.length).toFixed(1)} ms/page (happy-dom, parse excluded; see npm run bench -- article)`,
  );
}
