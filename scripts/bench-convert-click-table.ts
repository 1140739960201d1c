// The click bench's figures (bench-convert-click.ts): each row's record, the best or median over runs,
// and the Markdown tables it prints.

export interface ClickFigures {
  page: string;
  mode: 'cold' | 'warm' | 'warm, wheel' | 'floor';
  visibleMs: number;
  doneMs: number;
  longestTaskMs: number;
  longTasks: number;
  longestFrameGapMs: number;
  /** Wheel input → first main-thread frame with a scroll event after it (page monitor). */
  wheelMaxMs: number;
  wheelMedianMs: number;
  wheels: number;
  /** Wheel handed to the renderer → the frame showing its scroll presented (trace: what the user sees,
   *  compositor-thread scrolling included; bench-convert-click-wheel.ts). */
  shownMaxMs: number;
  shownMedianMs: number;
  /** How many of the `wheels` inputs a presented frame answered in the trace. */
  shown: number;
  /** The longest animation frame's make-up (describeLoaf). */
  longestFrame: string;
}

export const median = (xs: number[]): number => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const fmt = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
const ratio = (now: number, before: number | undefined): string =>
  before && Number.isFinite(before) && Number.isFinite(now) ? `${(now / before).toFixed(2)}×` : '';

export function printTable(title: string, rows: ClickFigures[], base: ClickFigures[] | null): void {
  console.log(`\n${title}`);
  const head = [
    'page',
    'run',
    'visible ms',
    'done ms',
    'longest task',
    '>50 ms tasks',
    'frame gap',
    'wheel input→main-thread frame with its scroll event max (median, n)',
    'wheel input→scrolled frame presented (compositor) max (median, n)',
  ];
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const r of rows) {
    const b = base?.find((x) => x.page === r.page && x.mode === r.mode);
    const cell = (k: keyof ClickFigures) => {
      const v = r[k] as number;
      const versus = b ? ratio(v, b[k] as number) : '';
      return versus ? `${fmt(v)} (${versus})` : fmt(v);
    };
    console.log(
      `| ${r.page} | ${r.mode} | ${cell('visibleMs')} | ${cell('doneMs')} | ${cell('longestTaskMs')} | ` +
        `${r.longTasks} | ${cell('longestFrameGapMs')} | ${cell('wheelMaxMs')} (${fmt(r.wheelMedianMs)}, ${r.wheels}) | ` +
        `${cell('shownMaxMs')} (${fmt(r.shownMedianMs)}, ${fmt(r.shown)}) |`,
    );
  }
}

const FIGURES = [
  'visibleMs',
  'doneMs',
  'longestTaskMs',
  'longTasks',
  'longestFrameGapMs',
  'wheelMaxMs',
  'wheelMedianMs',
  'shownMaxMs',
  'shownMedianMs',
] as const;

/** Per page and run, each figure's best (least) or median over the runs. */
export function summarise(runs: readonly ClickFigures[][], pick: 'best' | 'median'): ClickFigures[] {
  const first = runs[0] ?? [];
  return first.map((row) => {
    const same = runs.flatMap((run) => run.filter((r) => r.page === row.page && r.mode === row.mode));
    const of = (k: (typeof FIGURES)[number] | 'wheels' | 'shown'): number => {
      const xs = same
        .map((r) => r[k])
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      if (!xs.length) return Number.NaN;
      return pick === 'best' && k !== 'wheels' && k !== 'shown' ? Math.min(...xs) : median(xs);
    };
    const out: ClickFigures = { ...row, wheels: of('wheels'), shown: of('shown') };
    for (const k of FIGURES) out[k] = of(k);
    return out;
  });
}

/** Each row's longest animation frame in every run (what it was made of). */
export function printFrames(runs: readonly ClickFigures[][]): void {
  console.log('\nLongest animation frame (LoAF) of each row, per run:');
  for (const row of runs[0] ?? [])
    for (const [i, run] of runs.entries()) {
      const r = run.find((x) => x.page === row.page && x.mode === row.mode);
      if (r) console.log(`- ${r.page}, ${r.mode}, run ${i + 1}: ${r.longestFrame}`);
    }
}
