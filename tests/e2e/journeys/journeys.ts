// The reading loop as a user walks it, written once and run in Chromium (journeys.test.ts) and in
// Firefox (firefox/journeys.test.ts): toolbar popup → detect → convert and show original → hover card,
// warm and after the background restarts → save article and selection → review page search, export
// and import → options language switch → per-site rule with its permission → welcome page.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { originPattern } from '../../../lib/sites/origin';
import { type Driver, type ExtensionApi, type Tab, waitUntil } from './driver';
import {
  clickButton,
  headwords,
  hover,
  openPopup,
  setValue,
  startWenzhai,
  tabIdOf,
  textOf,
  waitForCard,
  waitForText,
} from './steps';

const TITLE = '市委常委會召開會議 研究部署推動高質量發展和一季度經濟工作';
const PASSAGE = '加快城市更新和老舊小區改造';

// A second page of the same site, in Traditional, for the per-site rule.
export const JOURNEY_PAGES = {
  '/journey/other.html': `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>頭髮與發展</title></head>
<body><article><h1>經濟增長發展勢頭良好</h1><p id="first"><b>頭</b>髮很長。她參與製作了紀錄片，記者報導了這件事。</p></article></body></html>`,
};

/** What the journeys share as they go: the browser, the demo article's tab and its popup. */
interface Walk {
  driver: Driver;
  demoUrl: string;
  page: Tab;
  popup: Tab;
}

async function welcomePage(w: Walk): Promise<void> {
  const { driver } = w;
  const welcome = await waitUntil(
    () =>
      driver.extension(async () => {
        const tabs = await (
          (globalThis as unknown as { browser?: ExtensionApi }).browser ?? chrome
        ).tabs.query({});
        // 0 would end the wait at once: the tab may open a moment after the extension starts.
        const open = tabs.filter((t) => t.url?.endsWith('/welcome.html')).length;
        return open > 0 ? open : null;
      }),
    'the welcome tab',
  );
  assert.equal(welcome, 1, 'one welcome tab');
  const tab = await driver.openExtensionPage('welcome.html');
  await waitUntil(() => textOf(tab, 'h1'), 'its heading');
  assert.equal(await textOf(tab, 'h1'), 'Welcome to Wenzhai 文摘');
  assert.match(await textOf(tab, '[data-testid="welcome-demo"]'), /复工复产/);
  // The card works on its demo passage (the page runs the hover code itself).
  await hover(tab, '复工复产');
  await waitForCard(tab, (h) => headwords(h)[0] === '復工復產', '復工復產 on the welcome page');
  await tab.close();
}

async function popupDetects(w: Walk): Promise<void> {
  const { driver, demoUrl } = w;
  w.page = await driver.open(demoUrl);
  const popup = await openPopup(driver, demoUrl);
  w.popup = popup;
  // The popup re-renders as the content script reports; wait for the title rather than read once.
  await waitUntil(async () => (await textOf(popup, '[data-testid="article-title"]')) === TITLE, TITLE);
  assert.equal(await textOf(popup, '[data-testid="article-status"]'), 'Article found');
  assert.match(await textOf(popup, '[data-testid="article-script"]'), /繁 Traditional/);
}

async function convertAndRestore(w: Walk): Promise<void> {
  const { page, popup } = w;
  const original = await page.evaluate(() => document.body.innerHTML);
  await clickButton(popup, 'Convert to 简体');
  await waitUntil(
    () => page.evaluate(() => document.body.textContent?.includes('市委常委会召开会议')),
    'the page in 简体',
  );
  // `lang` goes on <html> last, after the text (a whole-page reshape in one task otherwise).
  await waitUntil(
    async () => (await page.evaluate(() => document.documentElement.lang)) === 'zh-Hans',
    '<html lang="zh-Hans">',
  );
  await clickButton(popup, 'Show original');
  await waitUntil(() => page.evaluate((html) => document.body.innerHTML === html, original), 'the original');
}

async function hoverWarmAndRestarted(w: Walk): Promise<void> {
  const { driver, page, popup, demoUrl } = w;
  await page.front();
  await hover(page, '糧食生產');
  const card = await waitForCard(page, (h) => headwords(h)[0] === '糧食', '糧食');
  assert.match(card, /liáng shi/);
  assert.match(card, /粮食/);
  await hover(page, '新質生產力');
  assert.match(await waitForCard(page, (h) => h.includes('新質生產力'), '新質生產力'), /News term/);
  await page.press('Escape');
  assert.equal((await page.closedRoot('hover'))?.hidden, true);

  await popup.close();
  const { contentScriptsSurvive } = await driver.restartBackground();
  // Firefox cuts the old content script off when the add-on reloads: the user clicks the button again.
  if (!contentScriptsSurvive) await startWenzhai(driver, demoUrl, page);
  for (const word of ['會議', '基層']) {
    await hover(page, word);
    await waitForCard(page, (h) => headwords(h).includes(word), `${word} after the restart`);
  }
}

async function saveArticleAndSelection(w: Walk): Promise<void> {
  const { driver, page, demoUrl } = w;
  const popup = await openPopup(driver, demoUrl);
  await clickButton(popup, 'Save article');
  await waitForText(popup, 'Saved to clippings');
  await popup.close();

  await page.front();
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
  }, PASSAGE);
  // What the context menu item and Alt+Shift+D send to the tab.
  const tabId = await tabIdOf(driver, demoUrl);
  const answer = await driver.extension(
    (id) =>
      ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? chrome).tabs.sendMessage(
        id,
        { wenzhai: 1, to: 'content', name: 'saveSelection', params: {} },
        { frameId: 0 },
      ),
    tabId,
  );
  assert.equal((answer as { ok?: boolean })?.ok, true, JSON.stringify(answer));
  const toast = await waitUntil(async () => {
    const root = await page.closedRoot('toast');
    return root && !root.hidden && /Saved to Wenzhai clippings/.test(root.text) ? root : null;
  }, 'the toast');
  assert.ok(toast.buttons.undo, 'the toast offers Undo');
}

async function reviewSearchExportImport(w: Walk): Promise<void> {
  const { driver } = w;
  const review = await driver.openExtensionPage('clippings.html');
  const count = async () =>
    Number((await textOf(review, '[data-testid="result-count"]')).replace(/\D.*$/, '').replace(/,/g, ''));
  await waitUntil(async () => (await count()) === 2, 'two clippings');
  await setValue(review, 'input[type="search"]', '城市更新和老旧小区');
  await waitUntil(
    async () => (await count()) === 2 && (await textOf(review, 'mark')) !== '',
    'marked matches',
  );
  await setValue(review, 'input[type="search"]', '经济工作会议没有这句');
  await waitUntil(async () => (await count()) === 0, 'no match');
  await setValue(review, 'input[type="search"]', '');
  await waitUntil(async () => (await count()) === 2, 'both again');

  // The export is the file the page hands to the browser's download (its object URL's blob).
  await review.evaluate(() => {
    const blobs: Blob[] = [];
    (globalThis as unknown as { exported: Blob[] }).exported = blobs;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return create(blob);
    };
  });
  await clickButton(review, 'Backup (JSON)');
  const backup = await waitUntil(
    () =>
      review.evaluate(async () => {
        const blob = (globalThis as unknown as { exported: Blob[] }).exported.at(-1);
        return blob ? blob.text() : null;
      }),
    'the backup',
  );
  const parsed = JSON.parse(backup) as { clippings: { title: string; kind: string }[] };
  assert.deepEqual(parsed.clippings.map((c) => c.kind).sort(), ['article', 'selection']);
  assert.ok(parsed.clippings.some((c) => c.title === TITLE));

  const dir = mkdtempSync(join(tmpdir(), 'wenzhai-journey-'));
  writeFileSync(join(dir, 'backup.json'), backup);
  await review.setFile('[data-testid="import-file"]', join(dir, 'backup.json'));
  await waitForText(review, 'Imported: 0 new, 0 updated, 2 already here.');
  writeFileSync(join(dir, 'cut.json'), backup.slice(0, backup.length / 2));
  await review.setFile('[data-testid="import-file"]', join(dir, 'cut.json'));
  await waitForText(review, 'Backup rejected, nothing was changed.');
  await review.close();
}

async function languageSwitch(w: Walk): Promise<void> {
  const { driver } = w;
  const options = await driver.openExtensionPage('options.html');
  await waitUntil(() => textOf(options, 'h1'), 'the options heading');
  assert.equal(await textOf(options, 'h1'), 'Wenzhai settings');
  await setValue(options, '[data-testid="ui-language"]', 'zh-Hant');
  await waitUntil(async () => (await textOf(options, 'h1')) === '文摘設定', 'the heading in 繁體');
  const review = await driver.openExtensionPage('clippings.html');
  await waitUntil(async () => (await textOf(review, 'h1')) === '剪報', 'the review page in 繁體');
  await setValue(options, '[data-testid="ui-language"]', 'en');
  await waitUntil(async () => (await textOf(review, 'h1')) === 'Clippings', 'the review page in English');
  await review.close();
  await options.close();
}

async function siteRule(w: Walk): Promise<void> {
  const { driver, demoUrl } = w;
  const popup = await openPopup(driver, demoUrl);
  await setValue(popup, 'select', 'cn');
  await clickButton(popup, 'Always convert this site to 简体 Simplified');
  await waitForText(popup, 'This site is always converted to 简体 Simplified.').catch(async (error) => {
    throw new Error(`${error}; the popup shows: ${await textOf(popup, 'body')}`);
  });
  const pattern = originPattern(driver.origin);
  assert.equal(
    await driver.extension(
      (origins) =>
        ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? chrome).permissions.contains({
          origins: [origins],
        }),
      pattern,
    ),
    true,
    'the site is granted',
  );
  await popup.close();
  const other = await driver.open(`${driver.origin}/journey/other.html`);
  await waitUntil(
    () => other.evaluate(() => document.getElementById('first')?.textContent?.startsWith('头发很长')),
    'the other page converted by itself',
    30_000,
  );
  await other.close();
}

const JOURNEY: [string, (w: Walk) => Promise<void>][] = [
  ['a fresh install opens the welcome page, which explains and demonstrates', welcomePage],
  ['the toolbar popup detects the article', popupDetects],
  ['converts the page to 简体 and shows the original byte for byte', convertAndRestore],
  ['the hover card, warm and after the background restarts', hoverWarmAndRestarted],
  ['saves the article and a selection', saveArticleAndSelection],
  [
    'the review page finds both by a search in the other script, exports and imports',
    reviewSearchExportImport,
  ],
  ['the options page switches the UI language, and open pages follow', languageSwitch],
  ['a per-site rule asks for its site, then converts other pages there by themselves', siteRule],
];

export function journeys(start: () => Promise<Driver>): void {
  const w = {} as Walk;
  before(async () => {
    w.driver = await start();
    w.demoUrl = `${w.driver.origin}/demo/news.html`;
  });
  after(async () => {
    await w.driver?.close();
  });
  for (const [name, step] of JOURNEY) test(name, () => step(w));
}

/** After the journeys: the profile's data outlives a restart of the browser. */
export function restartJourney(start: () => Promise<Driver>): void {
  let driver: Driver;
  before(async () => {
    driver = await start();
  });
  after(async () => {
    await driver?.close();
  });

  test('clippings, vocabulary and settings survive a restart of the browser on the same profile', async () => {
    const url = `${driver.origin}/demo/news.html`;
    await driver.open(url);
    const popup = await openPopup(driver, url);
    await clickButton(popup, 'Save article');
    await waitForText(popup, 'Saved to clippings');
    const options = await driver.openExtensionPage('options.html');
    await setValue(options, '[data-testid="ui-language"]', 'zh-Hans');
    await waitUntil(async () => (await textOf(options, 'h1')) === '文摘设置', 'the heading in 简体');

    // A word saved to the vocabulary (what the hover card's s sends) survives too, with its sentence.
    const saved = await options.evaluate(() =>
      ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? chrome).runtime.sendMessage({
        wenzhai: 1,
        to: 'background',
        name: 'saveWord',
        params: {
          entry: { simplified: '经济', traditional: '經濟', pinyin: 'jīng jì', definitions: ['economy'] },
          context: null,
        },
      }),
    );
    assert.equal((saved as { ok?: boolean })?.ok, true, JSON.stringify(saved));

    await driver.restartBrowser();
    const words = await driver.openExtensionPage('vocabulary.html');
    await waitUntil(
      () =>
        words.evaluate(() => document.querySelector('li.word-row')?.textContent?.includes('经济') === true),
      'the saved word after the restart',
    );
    const review = await driver.openExtensionPage('clippings.html');
    await waitUntil(
      () => review.evaluate((title) => document.body.textContent?.includes(title), TITLE),
      'the saved article after the restart',
    );
    assert.equal(await textOf(review, 'h1'), '剪报', 'the language setting too');
  });
}
