// The reader page's boot script (public/reader-boot.js). In Chrome it first asks the dictionary's holder
// (the offscreen document's worker, lib/reader/holder.ts) whether it can annotate: when it can, the
// article's ruby comes from the holder and no reader worker starts; when it cannot (closed, not loaded),
// the boot script starts the annotation worker and, through a loader worker, the download of its data
// from the page's head: the worker's word list and reading table come from the loader. When that script
// cannot load (blocked, say) or throws before starting the worker, entrypoints/reader/worker-start.ts
// starts a worker of its own, which fetches them itself, and the article still gets its ruby, read by
// word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { useSession } from './fixtures';
import { openReaderFrom } from './harness';

const env = useSession();

/** The reader on the fixture article, with every request for the boot script answered by `answer`. */
async function openReader(
  answer: (route: Route) => Promise<void>,
  beforeReload: () => Promise<void> = async () => undefined,
): Promise<{ reader: Page; booted: number }> {
  const { session } = env;
  let booted = 0;
  await session.context.route('**/reader-boot.js', (route) => {
    booted++;
    return answer(route);
  });
  const article = await session.context.newPage();
  await article.goto(`${env.origin}/reader/polyphones.html`);
  const reader = await openReaderFrom(session, article);
  // The route may reach a tab the browser itself opened (tabs.create) only after its head's script
  // ran: a reload asks for it again for sure (the reader reads the tab again).
  await reader.waitForLoadState();
  await beforeReload();
  booted = 0;
  await reader.reload();
  await reader.waitForFunction(
    () => document.querySelector('.reader-body ruby') !== null && document.querySelector('.status') === null,
    null,
    { timeout: 30_000 },
  );
  await session.context.unrouteAll();
  return { reader, booted };
}

/** The reader's marks once `last` is among them (the test build's hook): the worker's load steps (its
 *  last: `warm`) tell which path brought its data, `rubyFromHolder` that the holder annotated. */
async function workerMarks(reader: Page, last = 'warm'): Promise<string[]> {
  type Hook = { wenzhaiReader?: { marks: Record<string, number> } };
  await reader.waitForFunction((m) => m in ((globalThis as Hook).wenzhaiReader?.marks ?? {}), last, {
    timeout: 30_000,
  });
  return reader.evaluate(() => Object.keys((globalThis as Hook).wenzhaiReader?.marks ?? {}));
}

/** The readings over `word`'s characters in the reader's article (null: no such ruby). */
const readings = (reader: Page, word: string) =>
  reader.evaluate((w) => {
    for (const ruby of document.querySelectorAll('.reader-body ruby'))
      if (ruby.textContent === w) return [...ruby.querySelectorAll('rt')].map((rt) => rt.dataset.p ?? '');
    return null;
  }, word);

/** Asks the holder, from the service worker, whether it can annotate now (an empty `annotate`). */
const holderReady = () =>
  env.session.worker.evaluate(async () => {
    const answer = await chrome.runtime
      .sendMessage({ wenzhai: 1, to: 'dictionary', name: 'annotate', params: { texts: [] } })
      .catch(() => null);
    return answer?.ok === true;
  });

test('the holder loaded: the ruby comes from it, no reader worker starts, polyphones read right', async () => {
  await env.ready;
  const { reader } = await openReader(
    (route) => route.continue(),
    async () => {
      const deadline = Date.now() + 30_000;
      while (!(await holderReady())) {
        assert.ok(Date.now() < deadline, 'the holder loaded its reading model');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  );
  const marks = await workerMarks(reader, 'rubyFromHolder');
  assert.ok(marks.includes('holderReady'), `the boot script found the holder ready: ${marks}`);
  assert.ok(!marks.includes('workerStart'), `no reader worker: ${marks}`);
  assert.equal(await reader.evaluate(() => 'wenzhaiReaderWorker' in globalThis), false);
  assert.deepEqual(await readings(reader, '银行'), ['yín', 'háng']);
  assert.deepEqual(await readings(reader, '行长'), ['háng', 'zhǎng']);
  await reader.close();
});

test('the holder closed: the boot script worker reads the article, with the data its loader fetched', async () => {
  await env.ready;
  const { reader, booted } = await openReader(
    (route) => route.continue(),
    () => env.session.worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined)),
  );
  assert.ok(booted > 0, 'the boot script was asked for');
  assert.ok((await workerMarks(reader)).includes('holderNotReady'), 'the holder was asked first');
  assert.equal(await reader.evaluate(() => 'wenzhaiReaderWorker' in globalThis), true);
  const marks = await workerMarks(reader);
  assert.ok(marks.includes('readingsFromLoader'), `the reading table from the loader: ${marks}`);
  assert.ok(marks.includes('wordsFromLoader'), `the word list from the loader: ${marks}`);
  assert.deepEqual(await readings(reader, '银行'), ['yín', 'háng']);
  await reader.close();
});

for (const [what, answer] of [
  ['fails to load', (route: Route) => route.abort('blockedbyclient')],
  [
    'throws before it starts the worker',
    (route: Route) =>
      route.fulfill({ contentType: 'text/javascript', body: "throw new Error('boot blocked');" }),
  ],
] as const) {
  test(`the boot script ${what}: the reader still shows ruby, read by word`, async () => {
    await env.ready;
    const { reader, booted } = await openReader(answer);
    assert.ok(booted > 0, 'the boot script was asked for (and answered by the test)');
    assert.equal(
      await reader.evaluate(() => 'wenzhaiReaderWorker' in globalThis),
      false,
      'no worker from the boot script',
    );
    const marks = await workerMarks(reader);
    assert.ok(!marks.some((m) => m.endsWith('FromLoader')), `the worker fetched its own data: ${marks}`);
    assert.deepEqual(await readings(reader, '银行'), ['yín', 'háng']);
    assert.deepEqual(await readings(reader, '行长'), ['háng', 'zhǎng']);
    await reader.close();
  });
}
