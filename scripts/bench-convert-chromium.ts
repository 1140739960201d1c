// The convert bench's Chromium half (see bench-convert.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { DEFAULT_LEXICON_PATH } from '../lib/convert/text/node';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---- The Chromium half: lib/convert bundled with esbuild into a blank page in headless Chromium
// (playwright-core), so the DOM path runs on a real DOM and long tasks come from a
// PerformanceObserver('longtask'), which only real browsers have.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumResult {
  chars: number;
  reps: number;
  baseCps: number;
  oursTextCps: number;
  domCps: number;
  workCps: number;
  /** Median over runs of (opencc-js string time ÷ our DOM work), each run paired with its own
   *  string timing; and every run's value. */
  workRatio: number;
  workRatios: number[];
  /** opencc-js node by node, in one task: its work, and until the next frame was shown. */
  naiveWorkCps: number;
  naiveWallCps: number;
  naiveTaskMs: number;
  /** Writing already-converted text into the nodes, in one task, and the frame that shows it: what
   *  the browser's rendering costs whoever converts. */
  writeOnlyMs: number;
  renderOnlyMs: number;
  lexiconMs: number;
  firstParagraphMs: number;
  visibleParagraphMs: number;
  totalMs: number;
  workMs: number;
  longestFrameMs: number;
  longestFrameLayoutMs: number;
  longFrames: number;
  longestTaskMs: number;
  longTasks: number;
  yieldMs: number;
  yields: number;
  /** "Show original" after a run: until every original is back, and its longest task (all runs). */
  restoreMs: number;
  restoreLongestTaskMs: number;
}

/** Repetitions of each timed step in Chromium; medians are reported (on these shared machines one
 *  run swings by ±40 %). Each page conversion is paired with string conversions of the same text
 *  right after it, and the ratio is taken per pair, so a slow moment slows both sides of a ratio. */
const REPS = 5;

export async function benchInChromium(html: string): Promise<ChromiumResult> {
  const bundle = await build({
    stdin: {
      contents: `
        import { ConverterBuilder } from 'opencc-js/core';
        import * as Locale from 'opencc-js/preset';
        import { cleanPinyinArtifacts } from './lib/article/clean';
        import { withArtifactCleaning } from './lib/convert/text/clean-wrap';
        import { createPageConverter } from './lib/convert/page/dom';
        import { createTextConverter, installLexicon } from './lib/convert/text/text';
        import { installOpencc } from './lib/convert/text/opencc-data';
        installOpencc(Locale);
        globalThis.__wz = { ConverterBuilder, Locale, cleanPinyinArtifacts, withArtifactCleaning,
          createPageConverter, createTextConverter, installLexicon };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  // --expose-gc: each run starts from a collected heap, as a page the reader has been on does, not
  // with the previous run's million-character document still waiting to be collected mid-run.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
    // tsx keeps function names with a __name helper, which the page must have for page.evaluate.
    await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const lexicon = readFileSync(DEFAULT_LEXICON_PATH, 'utf8');
    return await page.evaluate(
      async ({ html, lexicon, reps }) => {
        // biome-ignore lint/suspicious/noExplicitAny: the bundle's global, typed by its use below
        const wz = (globalThis as any).__wz;
        const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        /** The page as the user has it before asking: parsed, laid out, shown. */
        const freshPage = async (): Promise<void> => {
          document.documentElement.lang = 'zh-CN';
          document.body.innerHTML = html;
          void document.body.offsetHeight;
          await frame();
          (globalThis as { gc?: () => void }).gc?.();
          await new Promise((r) => setTimeout(r, 100));
        };
        // Entries arrive a little after the fact: each keeps its start, and a run counts only those
        // that started during it (not the late report of the page load before it).
        const longTasks: { start: number; duration: number }[] = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: false });
        // Frames too (long-animation-frame): a long task leaves out the browser's rendering work,
        // which is what writing page text costs; both are reported.
        const frames: { start: number; duration: number; layout: number }[] = [];
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              renderStart: number;
              styleAndLayoutStart: number;
            })[])
              frames.push({
                start: e.startTime,
                duration: e.duration,
                layout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
              });
          }).observe({ type: 'long-animation-frame', buffered: false });
        } catch {
          // Not in this browser: frames stay empty.
        }
        // The engine as the extension gets it: lexicon text handed over, parsed on first use; the
        // converter the content script makes (auto source fixed by the page's script, pinyin-artifact
        // cleaning on, the default).
        let t = performance.now();
        wz.installLexicon(lexicon);
        const fn = wz.withArtifactCleaning(
          wz.createTextConverter('auto', 'tw', 'zh-Hans'),
          wz.cleanPinyinArtifacts,
        );
        fn('预热');
        const lexiconMs = performance.now() - t;
        // Time spent waiting in yields (the page's turn), to tell it from conversion work.
        let yieldMs = 0;
        let yields = 0;
        const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
        if (sched?.yield) {
          const orig = sched.yield.bind(sched);
          sched.yield = async () => {
            const y0 = performance.now();
            await orig();
            yieldMs += performance.now() - y0;
            yields++;
          };
        }
        const runs: {
          total: number;
          work: number;
          yieldMs: number;
          yields: number;
          first: number;
          visible: number;
          longest: number;
          count: number;
          frame: { duration: number; layout: number };
          frameCount: number;
        }[] = [];
        let text = '';
        const base = wz.ConverterBuilder(wz.Locale)({ from: 'cn', to: 'tw' });
        base('预热');
        const baseMs: number[] = [];
        const oursMs: number[] = [];
        const restoreMs: number[] = [];
        let restoreLongest = 0;
        const ratios: number[] = [];
        for (let rep = 0; rep < reps; rep++) {
          await freshPage();
          text = document.body.textContent ?? '';
          const first = (document.querySelector('p') ?? document.body) as HTMLElement;
          const before = first.textContent;
          // The paragraph at the viewport's centre: what "visible part first" is about.
          const centre = (document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('p') ??
            first) as HTMLElement;
          const centreBefore = centre.textContent;
          let firstMs = -1;
          let visibleMs = -1;
          const mo = new MutationObserver(() => {
            if (firstMs < 0 && first.textContent !== before) firstMs = performance.now() - t;
            if (visibleMs < 0 && centre.textContent !== centreBefore) visibleMs = performance.now() - t;
          });
          mo.observe(first, { subtree: true, characterData: true });
          mo.observe(centre, { subtree: true, characterData: true });
          longTasks.length = 0;
          frames.length = 0;
          yieldMs = 0;
          yields = 0;
          t = performance.now();
          // Waits for frames (the writes go a frame's worth at a time) count as the page's turn.
          const converter = wz.createPageConverter(document, {
            onFrameWait: (ms: number) => {
              yieldMs += ms;
              yields++;
            },
          });
          await converter.convert(fn, 'zh-TW');
          const total = performance.now() - t;
          mo.disconnect();
          await new Promise((r) => setTimeout(r, 100));
          const started = t;
          const tasks = longTasks.filter((e) => e.start >= started).map((e) => e.duration);
          const runFrames = frames.filter((f) => f.start >= started);
          // Taken before the restore below, whose yields and tasks are its own.
          runs.push({
            total,
            work: total - yieldMs,
            yieldMs,
            yields,
            first: firstMs,
            visible: visibleMs,
            longest: tasks.length ? Math.max(...tasks) : 0,
            count: tasks.length,
            frame: runFrames.reduce((a, f) => (f.duration > a.duration ? f : a), {
              start: 0,
              duration: 0,
              layout: 0,
            }),
            frameCount: runFrames.length,
          });
          // "Show original", which also retires the converter (its observer must not see the next
          // run's writes): how long, and its longest task.
          const r0 = performance.now();
          await converter.restore();
          restoreMs.push(performance.now() - r0);
          await new Promise((r) => setTimeout(r, 100));
          restoreLongest = Math.max(
            restoreLongest,
            ...longTasks.filter((e) => e.start >= r0).map((e) => e.duration),
          );
          // The same text as strings, right after: plain opencc-js (the baseline) and ours.
          t = performance.now();
          base(text);
          baseMs.push(performance.now() - t);
          t = performance.now();
          fn(text);
          oursMs.push(performance.now() - t);
          ratios.push(baseMs[rep]! / runs[rep]!.work);
        }
        // For scale, the way other page converters work: opencc-js on each text node in turn, in
        // one task, then the frame that shows it (the same relayout our writes cost); and only the
        // writes of already-converted text, with their frame: what rendering costs any converter.
        const naiveWork: number[] = [];
        const naiveWall: number[] = [];
        const writeOnly: number[] = [];
        const writeOnlyWall: number[] = [];
        for (let rep = 0; rep < reps; rep++) {
          await freshPage();
          t = performance.now();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const node = n as Text;
            const out = base(node.data);
            if (out !== node.data) node.data = out;
          }
          naiveWork.push(performance.now() - t);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          naiveWall.push(performance.now() - t);
          await freshPage();
          const nodes: Text[] = [];
          const w2 = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = w2.nextNode(); n; n = w2.nextNode()) nodes.push(n as Text);
          const outs = nodes.map((n) => base(n.data));
          t = performance.now();
          for (let i = 0; i < nodes.length; i++) if (outs[i] !== nodes[i]!.data) nodes[i]!.data = outs[i]!;
          writeOnly.push(performance.now() - t);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          writeOnlyWall.push(performance.now() - t);
        }
        const cps = (ms: number) => text.length / (ms / 1000);
        const mid = runs.slice().sort((a, b) => a.work - b.work)[Math.floor(runs.length / 2)]!;
        const worst = runs.reduce((a, r) => (r.frame.duration > a.frame.duration ? r : a));
        return {
          chars: text.length,
          reps,
          baseCps: cps(median(baseMs)),
          oursTextCps: cps(median(oursMs)),
          domCps: cps(median(runs.map((r) => r.total))),
          workCps: cps(median(runs.map((r) => r.work))),
          workRatio: median(ratios),
          workRatios: ratios,
          naiveWorkCps: cps(median(naiveWork)),
          naiveWallCps: cps(median(naiveWall)),
          naiveTaskMs: median(naiveWork),
          writeOnlyMs: median(writeOnly),
          renderOnlyMs: median(writeOnlyWall.map((w, i) => w - writeOnly[i]!)),
          lexiconMs,
          firstParagraphMs: median(runs.map((r) => r.first)),
          visibleParagraphMs: median(runs.map((r) => r.visible)),
          totalMs: mid.total,
          workMs: mid.work,
          longestFrameMs: worst.frame.duration,
          longestFrameLayoutMs: worst.frame.layout,
          longFrames: Math.max(...runs.map((r) => r.frameCount)),
          longestTaskMs: Math.max(...runs.map((r) => r.longest)),
          longTasks: Math.max(...runs.map((r) => r.count)),
          yieldMs: mid.yieldMs,
          yields: mid.yields,
          restoreMs: median(restoreMs),
          restoreLongestTaskMs: restoreLongest,
        };
      },
      { html, lexicon, reps: REPS },
    );
  } finally {
    await browser.close();
  }
}
