// The reader page's boot script (public/reader-boot.js, which starts the annotation worker and, through
// a loader worker, the download of its data from the page's head): with it, the worker's word list and
// reading table come from the loader; when that script cannot load (blocked, say) or throws before
// starting the worker, entrypoints/reader/worker-start.ts starts a worker of its own, which fetches
// them itself, and the article still gets its ruby, read by word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { openPopupFor, useSession } from './fixtures';

const env = useSession();

/** The reader on the fixture article, with every request for the boot script answered by `answer`. */
async function openReader(
  answer: (route: Route) => Promise<void>,
): Promise<{ reader: Page; booted: number }> {
  const { session } = env;
  let booted = 0;
  await session.context.route('**/reader-boot.js', (route) => {
    booted++;
    return answer(route);
  });
  const article = await session.context.newPage();
  await article.goto(`${env.origin}/reader/polyphones.html`);
  const popup = await openPopupFor(session, article);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html') });
  await popup.getByTestId('read').click();
  const reader = await opened;
  await popup.close();
  // The route may reach a tab the browser itself opened (tabs.create) only after its head's script
  // ran: a reload asks for it again for sure (the reader reads the tab again).
  await reader.waitForLoadState();
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

/** The worker's load steps once it is warm (the test build's hook): which of them ran tells which
 *  path brought its data. */
async function workerMarks(reader: Page): Promise<string[]> {
  type Hook = { wenzhaiReader?: { marks: Record<string, number> } };
  await reader.waitForFunction(() => 'warm' in ((globalThis as Hook).wenzhaiReader?.marks ?? {}), null, {
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

test('the boot script runs: its worker reads the article, with the data its loader worker fetched', async () => {
  await env.ready;
  const { reader, booted } = await openReader((route) => route.continue());
  assert.ok(booted > 0, 'the boot script was asked for');
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
