// The on-page colouring's figures (issue 17 §Speed), in Chromium on the built extension: a served
// article of 10,000 characters and a page of 1,000,000 (generated from HSK words, no corpus text),
// Wenzhai started as the toolbar does, the popup's switch turned on through storage. Measured:
// switch → viewport drawn and → all drawn (the content script marks these moments on the page's
// performance timeline in test builds only), the longest task on the tab's main thread while it
// worked (PerformanceObserver 'longtask': any task over 50 ms), and what the tab holds afterwards
// (JS heap after a forced GC, and DOM nodes, against the same page with the colouring off).
import type { Page } from 'playwright-core';

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function paragraphs(words: string[], chars: number, seed: number): string {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    let p = '';
    while (p.length < 180) {
      p += words[Math.floor(next() * next() * words.length)] ?? '';
      if (next() < 0.12) p += next() < 0.4 ? '。' : '，';
    }
    p += '。';
    out.push(`<p>${p}</p>`);
    length += p.length;
  }
  return out.join('\n');
}

const pageOf = (title: string, body: string): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><article><h1>${title}</h1>${body}</article></body></html>`;

interface Run {
  /** Switch → text collected, → first piece's answer back (messages + the worker's segmentation). */
  collected: number;
  answered: number;
  visible: number;
  done: number;
  longest: number;
  heapMb: number;
  nodes: number;
}

async function heapAndNodes(page: Page): Promise<{ heap: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
    return { heap: heap.usedSize, nodes: counters.nodes };
  } finally {
    await cdp.detach();
  }
}

async function colourOnce(page: Page, setSwitch: (on: boolean) => Promise<void>): Promise<Run> {
  await setSwitch(false);
  await page.waitForTimeout(200);
  const before = await heapAndNodes(page);
  await page.evaluate(() => {
    performance.clearMarks();
    const tasks: number[] = [];
    (globalThis as unknown as { benchTasks: number[] }).benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await setSwitch(true);
  await page.waitForFunction(() => performance.getEntriesByName('wenzhai-colouring-done').length > 0, null, {
    timeout: 120_000,
  });
  await page.waitForTimeout(300); // long-task entries are reported a little after the fact
  // No named functions inside evaluate: the bench runs under tsx, whose helpers the page lacks.
  const timing = await page.evaluate(() => {
    const marks = ['start', 'visible', 'done', 'collected', 'answered'].map(
      (m) => performance.getEntriesByName(`wenzhai-colouring-${m}`)[0]?.startTime ?? Number.NaN,
    );
    const tasks = (globalThis as unknown as { benchTasks: number[] }).benchTasks;
    const [start = 0, visible = 0, done = 0, collected = 0, answered = 0] = marks;
    return {
      collected: collected - start,
      answered: answered - start,
      visible: visible - start,
      done: done - start,
      longest: Math.max(0, ...tasks),
    };
  });
  const after = await heapAndNodes(page);
  return { ...timing, heapMb: (after.heap - before.heap) / 1e6, nodes: after.nodes - before.nodes };
}

/** Rows for the vocabulary bench's table. */
export async function benchColouring(words: string[]): Promise<string[][]> {
  const { cleanup, launch, serveFixtures } = await import('../tests/e2e/harness');
  const { startWenzhai } = await import('../tests/e2e/fixtures');
  const { origin, server } = await serveFixtures({
    '/bench/article.html': pageOf('经济新闻', paragraphs(words, 10_000, 7)),
    '/bench/huge.html': pageOf('长页面', paragraphs(words, 1_000_000, 11)),
  });
  const session = await launch();
  try {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const setSwitch = (on: boolean) =>
      options.evaluate((value) => chrome.storage.local.set({ colourWords: value }), on);
    const rows: string[][] = [];
    for (const [path, label, runs] of [
      ['/bench/article.html', '10,000-char article', 5],
      ['/bench/huge.html', '1M-char page', 2],
    ] as const) {
      const page = await session.context.newPage();
      await page.goto(`${origin}${path}`);
      await startWenzhai(session, page);
      // Let the start-up work settle (the popup's detection and estimate, the dictionary's first load)
      // so the long tasks counted are the colouring's.
      await page.waitForTimeout(3000);
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) results.push(await colourOnce(page, setSwitch));
      const longest = Math.max(...results.map((r) => r.longest));
      const heap = Math.max(...results.map((r) => r.heapMb));
      rows.push(
        [
          `chromium colouring, ${label}: switch → viewport drawn (median of ${runs})`,
          median(results.map((r) => r.visible)).toFixed(1),
          '≤ 50',
          median(results.map((r) => r.visible)) <= 50 ? 'ok' : 'OVER',
          `text collected ${median(results.map((r) => r.collected)).toFixed(1)} ms, first answer ${median(results.map((r) => r.answered)).toFixed(1)} ms, all drawn ${median(results.map((r) => r.done)).toFixed(1)} ms`,
        ],
        [
          `chromium colouring, ${label}: longest task in the tab`,
          longest.toFixed(1),
          '≤ 50',
          longest <= 50 ? 'ok' : 'OVER',
          'PerformanceObserver longtask (0 = no task over 50 ms)',
        ],
        [
          `chromium colouring, ${label}: extra JS heap (MB)`,
          heap.toFixed(2),
          '≤ 5',
          heap <= 5 ? 'ok' : 'OVER',
          `${Math.max(...results.map((r) => r.nodes))} extra DOM nodes (marks)`,
        ],
      );
      await page.close();
    }
    return rows;
  } finally {
    await session.close();
    cleanup(session);
    server.close();
  }
}
