// Clippings end to end in real Chromium: save an article and a selection (toast, Undo), find them by a
// search in the other script, edit, delete and undo, export then import into a fresh profile, reject a
// corrupt backup, and highlight the saved selection on a revisit, also after conversion.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  cardFrame,
  findNode,
  inClosedRoot,
  launch,
  openPopupFor,
  type Session,
  screenshot,
  tabIdOf,
  useSession,
} from './fixtures';

const PASSAGE = '加快城市更新和老舊小區改造';
const PASSAGE_HANS = '加快城市更新和老旧小区改造';

const env = useSession();
let page: Page;

before(async () => {
  await env.ready;
  page = await env.session.context.newPage();
  await page.goto(`${env.origin}/demo/news.html`);
});

type Stored = Record<string, unknown> & { id: number };

/** All stored clippings, read by the clippings page's own code (see wenzhaiClippings in its main.tsx). */
async function storedClippings(clippings: Page): Promise<Stored[]> {
  return clippings.evaluate(async () => {
    const api = (
      globalThis as unknown as { wenzhaiClippings: { db: { clippings: { toArray(): Promise<Stored[]> } } } }
    ).wenzhaiClippings;
    return (await api.db.clippings.toArray()).sort((a, b) => (a.savedAt as number) - (b.savedAt as number));
  });
}

/** The toast in its closed shadow root, read through the DevTools protocol; with the Undo button's
 *  centre so a real (trusted) click can press it. */
type Point = { x: number; y: number };
async function toast(p: Page): Promise<{ text: string; undo: Point | null; close: Point | null } | null> {
  return inClosedRoot(p, 'toast', async (cdp, shadow, host) => {
    const frame = cardFrame(shadow);
    if (!host || !shadow || !frame || frame.attributes?.includes('hidden')) return null;
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: shadow.nodeId })) as {
      outerHTML: string;
    };
    const centre = async (cls: string): Promise<Point | null> => {
      const button = findNode(shadow, (n) => n.localName === 'button' && (n.attributes ?? []).includes(cls));
      if (!button) return null;
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
        model: { content: number[] };
      };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    };
    const undo = await centre('undo');
    const close = await centre('close');
    return { text: outerHTML.replace(/<[^>]+>/g, ' '), undo, close };
  });
}

async function waitForToast(
  p: Page,
  pattern: RegExp,
): Promise<{ text: string; undo: Point | null; close: Point | null }> {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    // The toast may re-render between two protocol calls (its nodes change): look again.
    const found = await toast(p).catch(() => null);
    if (found && pattern.test(found.text)) return found;
    last = found?.text ?? '(no toast)';
    await p.waitForTimeout(100);
  }
  throw new Error(`toast never said ${pattern}; last: ${last}`);
}

/** Selects `text` on the page as a user would leave it selected. */
async function select(p: Page, text: string): Promise<void> {
  await p.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0 || node.parentElement?.closest('h1')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`not on the page: ${needle}`);
  }, text);
}

/** "Save selection" as the context menu (and its shortcut) runs it: the background injects the content
 *  script into the tab and asks it to save the selection (lib/clippings/gestures.ts runGesture). A
 *  headless browser cannot open a context menu or press a command shortcut, so the test runs the same
 *  two calls from the service worker; the content script's handler, the save and the toast are real. */
async function saveSelectionViaGesture(p: Page): Promise<unknown> {
  const tabId = await tabIdOf(env.session, p.url());
  return env.session.worker.evaluate(async (id) => {
    await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
    return chrome.tabs.sendMessage(
      id,
      { wenzhai: 1, to: 'content', name: 'saveSelection', params: {} },
      { frameId: 0 },
    );
  }, tabId);
}

async function openClippings(s: Session): Promise<Page> {
  const p = await s.context.newPage();
  await p.goto(`chrome-extension://${s.extensionId}/clippings.html`);
  await p.waitForFunction(() => 'wenzhaiClippings' in globalThis);
  return p;
}

async function count(p: Page): Promise<number> {
  return Number(
    ((await p.getByTestId('result-count').textContent()) ?? '').replace(/\D.*$/, '').replace(/,/g, ''),
  );
}

async function waitForCount(p: Page, n: number): Promise<void> {
  await p.waitForFunction(
    (want) =>
      (document.querySelector('[data-testid="result-count"]')?.textContent ?? '').startsWith(`${want} `),
    n,
    { timeout: 10_000 },
  );
}

let review: Page;

test('saves the article from the popup and a selection by the gesture, each confirmed in the page', async () => {
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Save article' }).click();
  await popup.getByText('Saved to clippings').waitFor({ timeout: 10_000 });
  await popup.close();
  await page.bringToFront();
  const first = await waitForToast(page, /Saved to Wenzhai clippings/);
  // Close it (a real click), so the next toast and its Undo are surely the selection's.
  await page.mouse.click(first.close!.x, first.close!.y);
  for (let i = 0; i < 50 && (await toast(page).catch(() => null)); i++) await page.waitForTimeout(100);
  assert.equal(await toast(page).catch(() => 'error'), null, 'the toast closed');

  await select(page, PASSAGE);
  const answer = (await saveSelectionViaGesture(page)) as { ok: boolean };
  assert.equal(answer.ok, true, JSON.stringify(answer));
  const shown = await waitForToast(page, /Saved to Wenzhai clippings/);
  assert.ok(shown.undo, 'the toast offers Undo');
  // Pressing the toast's Undo (a real click) takes the selection back out …
  await page.mouse.click(shown.undo.x, shown.undo.y);
  await waitForToast(page, /Undone/);
  assert.equal(
    await page.evaluate(() => getSelection()?.toString()),
    PASSAGE,
    'the toast left the selection alone',
  );
  review = await openClippings(env.session);
  assert.equal((await storedClippings(review)).length, 1);
  // … and saving it again puts it back.
  assert.equal(((await saveSelectionViaGesture(page)) as { ok: boolean }).ok, true);
  const stored = await storedClippings(review);
  assert.equal(stored.length, 2);
  const selection = stored.find((c) => c.kind === 'selection')!;
  assert.equal(selection.text, PASSAGE);
  assert.match(
    String(selection.sentence),
    /^要加快城市更新和老舊小區改造，完善社區嵌入式服務.*激發市場活力和社會創造力。$/,
  );
  assert.deepEqual(Object.keys(selection.anchor as object).sort(), ['exact', 'position', 'prefix', 'suffix']);
  const article = stored.find((c) => c.kind === 'article')!;
  assert.match(String(article.html), /<p>/);
  assert.doesNotMatch(String(article.html), /<script|onerror|<img/i);
});

test('finds both by a search in the other script, with the matches marked', async () => {
  await review.reload();
  await review.getByTestId('clipping-list').waitFor();
  assert.equal(await count(review), 2);
  await review.getByLabel('Search clippings').fill('城市更新和老旧小区');
  await waitForCount(review, 2);
  const marks = await review.locator('mark').allTextContents();
  assert.ok(marks.includes('城市更新和老舊小區'), `marks: ${marks.join('|')}`);
  await review.getByLabel('Search clippings').fill('经济工作会议没有这句');
  await waitForCount(review, 0);
  await review.getByLabel('Search clippings').fill('領导'); // mixed scripts still match
  await waitForCount(review, 1);
  await screenshot(review, 'clippings-search');
});

test('edits note and tags, filters by tag, and reads in the other script', async () => {
  await review.getByLabel('Search clippings').fill('');
  await review.getByLabel('Search clippings').fill('老舊小區');
  await waitForCount(review, 2);
  await review.getByLabel('Kind').selectOption('selection');
  await waitForCount(review, 1);
  await review.locator('.row button.open').first().click();
  const reader = review.getByTestId('clipping-reader');
  await reader.waitFor();
  await review.getByLabel('Note').fill('考試要背這一句');
  await review.getByLabel('Tags (comma separated)').fill('經濟, 會議');
  await review.getByRole('button', { name: 'Save note and tags' }).click();
  await review.getByText('Note and tags saved.').waitFor();
  await review.getByRole('button', { name: '简体' }).click();
  await review.waitForFunction(
    (s) => document.querySelector('[data-testid="clipping-reader"] h1')?.textContent?.includes(s),
    '市委常委会',
  );
  assert.match((await reader.textContent()) ?? '', /加快城市更新和老旧小区改造/);
  await review.getByRole('button', { name: 'Back to the list' }).click();
  await review.getByLabel('Kind').selectOption('');
  await review.getByLabel('Search clippings').fill('考试');
  await waitForCount(review, 1);
  await review.getByLabel('Search clippings').fill('');
  await review.getByLabel('Tag', { exact: true }).selectOption('會議');
  await waitForCount(review, 1);
  await review.getByLabel('Tag', { exact: true }).selectOption('');
  await waitForCount(review, 2);
});

test('deletes with Undo, one and many', async () => {
  const before = await storedClippings(review);
  await review.locator('.row button.open').first().click();
  await review.getByRole('button', { name: 'Delete' }).click();
  await review.getByTestId('notice').getByText('Deleted 1 clippings.').waitFor();
  await waitForCount(review, 1);
  await review.getByTestId('notice').getByRole('button', { name: 'Undo' }).click();
  await waitForCount(review, 2);
  assert.deepEqual(await storedClippings(review), before);

  await review.getByRole('button', { name: 'Select all' }).click();
  await review.getByRole('button', { name: 'Delete selected' }).click();
  await waitForCount(review, 0);
  await review.getByTestId('notice').getByRole('button', { name: 'Undo' }).click();
  await waitForCount(review, 2);
  assert.deepEqual(await storedClippings(review), before);
});

test('highlights the saved selection on a revisit, also after conversion to the other script', async () => {
  // A revisit: the first tab is gone (the harness finds a tab by its URL, so only one may show it).
  await page.close();
  const again = await env.session.context.newPage();
  await again.goto(`${env.origin}/demo/news.html`);
  const popup = await openPopupFor(env.session, again);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  const highlighted = () =>
    again.evaluate(() => {
      const all = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights];
      const h = all.find(([name]) => name.endsWith('-saved'))?.[1];
      return h ? [...h].map((r) => r.toString()) : [];
    });
  await again.waitForFunction(
    () =>
      [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) =>
        n.endsWith('-saved'),
      ),
    null,
    { timeout: 10_000 },
  );
  assert.deepEqual(await highlighted(), [PASSAGE]);
  await popup.getByRole('button', { name: 'Convert to 简体' }).click();
  await again.waitForFunction(() => document.body.textContent?.includes('市委常委会召开会议'), null, {
    timeout: 15_000,
  });
  await again.waitForFunction(
    (want) => {
      const all = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights];
      const h = all.find(([name]) => name.endsWith('-saved'))?.[1];
      return h && [...h].some((r) => r.toString() === want);
    },
    PASSAGE_HANS,
    { timeout: 10_000 },
  );
  assert.deepEqual(await highlighted(), [PASSAGE_HANS]);
  await again.bringToFront();
  await screenshot(again, 'clippings-revisit');
  await again.close();
  await popup.close();
});

test('exports a backup and imports it into a fresh profile record for record; rejects a corrupt one', async () => {
  await review.bringToFront();
  const [download] = await Promise.all([
    review.waitForEvent('download'),
    review.getByRole('button', { name: 'Backup (JSON)' }).click(),
  ]);
  const path = await download.path();
  const backup = readFileSync(path, 'utf8');
  const original = await storedClippings(review);

  const fresh = env.keep(await launch());
  const restored = await openClippings(fresh);
  await restored
    .getByTestId('import-file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await restored.getByText('Imported: 2 new, 0 updated, 0 already here.').waitFor({ timeout: 10_000 });
  const strip = (list: Stored[]) => list.map(({ id: _id, ...rest }) => rest);
  assert.deepEqual(strip(await storedClippings(restored)), strip(original));
  await restored.getByLabel('Search clippings').fill('老旧小區');
  await waitForCount(restored, 2);

  // Importing it again merges without duplicates.
  await restored
    .getByTestId('import-file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await restored.getByText('Imported: 0 new, 0 updated, 2 already here.').waitFor({ timeout: 10_000 });

  const before = await storedClippings(restored);
  const corrupt = JSON.parse(backup) as { clippings: Record<string, unknown>[] };
  corrupt.clippings.push({ ...corrupt.clippings[0], id: 999, url: 'https://new.example/', tags: [42] });
  await restored.getByTestId('import-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(corrupt)),
  });
  await restored
    .getByText(/Backup rejected, nothing was changed\. Record 3 has an invalid “tags” field/)
    .waitFor({ timeout: 10_000 });
  await restored.getByTestId('import-file').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.slice(0, backup.length / 2)),
  });
  await restored
    .getByText(/Backup rejected, nothing was changed\. The file is not valid JSON/)
    .waitFor({ timeout: 10_000 });
  assert.deepEqual(await storedClippings(restored), before);
});

test('sanitises HTML with DOMPurify in the browser', async () => {
  const out = await review.evaluate(() =>
    (
      globalThis as unknown as { wenzhaiClippings: { sanitizeHtml(h: string, w: Window): string } }
    ).wenzhaiClippings.sanitizeHtml(
      '<p onclick="x()">文<img src="https://t.example/p.gif"><script>alert(1)</script><a href="javascript:x()">a</a><a href="https://ok.example/">b</a></p>',
      window,
    ),
  );
  assert.equal(out, '<p>文<a>a</a><a href="https://ok.example/">b</a></p>');
});

test('upgrades a database written by the first release (schema v1) in a real profile', async () => {
  const old = env.keep(await launch());
  // Written as Dexie wrote v1 (Dexie's version 1 is IndexedDB version 10), from an extension page that
  // does not open the clippings database itself.
  const writer = await old.context.newPage();
  await writer.goto(`chrome-extension://${old.extensionId}/welcome.html`);
  await writer.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('wenzhai', 10);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('clippings', { keyPath: 'id', autoIncrement: true });
          for (const index of ['url', 'savedAt', 'kind']) store.createIndex(index, index);
        };
        request.onsuccess = () => {
          const tx = request.result.transaction('clippings', 'readwrite');
          tx.objectStore('clippings').add({
            url: 'https://old.example/1.html',
            title: '舊版保存的領導講話',
            site: '舊報',
            byline: null,
            published: null,
            kind: 'article',
            text: '這是第一版保存的全文。',
            script: 'zh-Hant',
            savedAt: 1_700_000_000_000,
          });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await writer.close();
  const upgraded = await openClippings(old);
  await upgraded.getByText('舊版保存的領導講話').waitFor({ timeout: 10_000 });
  await upgraded.getByLabel('Search clippings').fill('旧版保存');
  await waitForCount(upgraded, 1);
  const [record] = await storedClippings(upgraded);
  assert.deepEqual(
    {
      note: record?.note,
      tags: record?.tags,
      updatedAt: record?.updatedAt,
      canonicalUrl: record?.canonicalUrl,
    },
    { note: '', tags: [], updatedAt: 1_700_000_000_000, canonicalUrl: null },
  );
});
