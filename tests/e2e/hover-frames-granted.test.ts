// Hover in a frame of a site the user granted (issue 15 §2), under a page of another origin: the top
// page is served from 127.0.0.1 (what activeTab grants in the other tests), its frame from localhost, a
// second origin this profile's copy of the extension is granted as a site rule's permission would. The
// frame's own content script shows the card in the frame's own closed root, and follows the tab: the
// popup's conversion (also a switch of variant), "Show original" (byte for byte), the hover switch and a
// site rule reach it, and text the frame's page adds later converts too. The same frame in a profile
// without the localhost grant gets nothing of ours, and activation still works. One browser per
// profile (granted, not granted), each under the all-context error watch (hostile-errors.ts): the
// content script's world in the top page and in the frame's own process, the service worker, the
// offscreen document and its worker, and the extension's pages.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { CDPSession, Frame, Page } from 'playwright-core';
import {
  cardFrame,
  type DomNode,
  findNode,
  hoverCardHtml,
  isOwnHost,
  launch,
  openExtensionPage,
  openPopupFor,
  ROOT,
  type Session,
  startWenzhai,
  useSession,
} from './fixtures';
import { wordInCrossOriginFrame } from './frame-point';
import { failOnWenzhaiErrors, OWN_CONTEXTS, type OwnContext } from './hostile-errors';

const GRANTED_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>授权站点</title></head>
<body><p id="granted">各地积极推进复工复产工作。</p><p id="trad">這是後來的發展。</p></body></html>`;

const TOP_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>跨源框架</title></head>
<body><article><h1>跨源框架里的新闻</h1><p>今年经济增长发展势头良好，会议强调要坚持稳中求进。</p>
<iframe id="granted-frame" style="width:600px;height:200px;border:4px solid #999"></iframe></article>
<script>
  document.getElementById('granted-frame').src =
    location.origin.replace('127.0.0.1', 'localhost') + '/frames/granted.html';
</script></body></html>`;

const env = useSession({
  pages: { '/frames/cross.html': TOP_PAGE, '/frames/granted.html': GRANTED_PAGE },
  launch: false,
});

/** A copy of the build granted 127.0.0.1 (the activeTab stand-in) and, when `grant`, localhost. */
function extensionWith(grant: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'wenzhai-ext-'));
  cpSync(join(ROOT, process.env.WENZHAI_OUT ?? '.output', 'chrome-mv3'), dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions?: string[] };
  const origins = ['http://127.0.0.1/*', ...(grant ? ['http://localhost/*'] : [])];
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

/** The cross-origin page with its granted frame, Wenzhai started on it (unless `start` is false). Main-
 *  world errors of the page go to `errors` (ours, anywhere, to the watch). */
async function openIn(
  session: Session,
  errors: string[],
  start = true,
): Promise<{ page: Page; frame: Frame }> {
  const page = await session.context.newPage();
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(`${env.origin}/frames/cross.html?n=${++opened}`);
  const frame = await (await page.waitForSelector('#granted-frame')).contentFrame();
  assert.ok(frame, 'the frame is there');
  await frame.waitForSelector('#granted');
  if (start) await startWenzhai(session, page);
  return { page, frame };
}
let opened = 0;

async function hoverWord(page: Page, frame: Frame, needle: string): Promise<void> {
  const at = await wordInCrossOriginFrame(page, { id: 'granted-frame' }, frame, {
    textId: 'granted',
    needle,
  });
  await page.mouse.move(2, 2);
  await page.mouse.move(at.x, at.y, { steps: 3 });
}

/** The card's HTML in the frame's closed root (the frame runs in its own process: its own session). */
async function frameCard(page: Page, frame: Frame): Promise<string | null> {
  const cdp: CDPSession = await page.context().newCDPSession(frame);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findNode(root, (n) => isOwnHost(n, 'hover'));
    const card = cardFrame(host?.shadowRoots?.[0] ?? null);
    if (!card || (card.attributes ?? []).includes('hidden')) return null;
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: card.nodeId })) as {
      outerHTML: string;
    };
    return outerHTML;
  } finally {
    await cdp.detach();
  }
}

async function waitForFrameCard(
  page: Page,
  frame: Frame,
  wanted: string,
  ms: number,
): Promise<string | null> {
  const deadline = Date.now() + ms;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await frameCard(page, frame);
    if (last?.includes(wanted)) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

/** The frame's body once its text includes `wanted` (it runs in another process: polled). */
async function frameBodyWith(frame: Frame, wanted: string, ms = 20_000): Promise<string> {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    last = await frame.evaluate(() => document.body.outerHTML);
    if (last.includes(wanted)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the granted frame never showed ${wanted}; last: ${last.slice(0, 300)}`);
}

async function popupClick(session: Session, page: Page, name: string | RegExp): Promise<void> {
  const popup = await openPopupFor(session, page);
  await popup.getByTestId('article-script').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name }).click();
  await popup.waitForTimeout(300);
  await popup.close();
  await page.bringToFront();
}

describe('a profile granted the frame’s site', () => {
  let granted: Session;
  before(async () => {
    await env.ready;
    granted = env.keep(await launch({ extension: extensionWith(true) }));
  });
  const watch = failOnWenzhaiErrors(() => granted); // every context, the frame's process too

  test('a granted site in a cross-origin frame: hovering its word shows the card in the frame', async () => {
    const session = granted;
    const errors: string[] = [];
    const { page, frame } = await openIn(session, errors);
    await hoverWord(page, frame, '复工复产');
    const card = await waitForFrameCard(page, frame, '復工復產', 10_000);
    assert.ok(card?.includes('復工復產'), `the card in the granted frame: ${card?.slice(0, 200)}`);
    const top = await hoverCardHtml(page); // the top document's own card, if the pointer crossed a word
    assert.ok(!top?.html.includes('復工復產'), 'the frame word is not shown by the top frame');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the granted frame follows the tab: convert, later text, hover off and on, variant, Show original byte for byte', async () => {
    const session = granted;
    const errors: string[] = [];
    const { page, frame } = await openIn(session, errors);
    const original = await frame.evaluate(() => document.body.outerHTML);
    await popupClick(session, page, 'Convert to 繁體');
    await frameBodyWith(frame, '復工復產');
    // Text the frame's own page adds later converts too.
    await frame.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later';
      p.textContent = '后来的报道说，经济发展很快。';
      document.body.append(p);
    });
    await frameBodyWith(frame, '後來的報道');
    // The popup's hover switch reaches the frame: off, no card; on again, the card (of the converted word).
    await popupClick(session, page, /Hover glossary: on/);
    await hoverWord(page, frame, '復工復產');
    assert.equal(
      await waitForFrameCard(page, frame, '复工复产', 2500),
      null,
      'hover is off in the frame too',
    );
    await popupClick(session, page, /Hover glossary: off/);
    await hoverWord(page, frame, '復工復產');
    const card = await waitForFrameCard(page, frame, '复工复产', 10_000);
    assert.ok(card?.includes('复工复产'), `hover on again in the frame: ${card?.slice(0, 200)}`);
    // The variant follows too: Hong Kong's forms (説, not 說) once the options say so, then 简体, each
    // from the frame's original text (這是後來 becomes 这是后来, which "Show original" could not give).
    const options = await openExtensionPage(session, 'options.html');
    await options.getByLabel('Traditional variant', { exact: false }).selectOption('hk');
    await options.close();
    await popupClick(session, page, 'Convert to 繁體');
    await frameBodyWith(frame, '報道説');
    await popupClick(session, page, 'Convert to 简体');
    const simplified = await frameBodyWith(frame, '这是后来的发展');
    assert.ok(simplified.includes('复工复产') && simplified.includes('后来的报道说'), simplified);
    await popupClick(session, page, 'Show original');
    const back = await frameBodyWith(frame, '這是後來的發展');
    await frameBodyWith(frame, '后来的报道说');
    assert.equal(
      back.replace('<p id="later">后来的报道说，经济发展很快。</p>', ''),
      original,
      'byte for byte',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a site rule on the top page converts the granted frame too, with no click', async () => {
    const session = granted;
    const errors: string[] = [];
    const { page } = await openIn(session, errors);
    const popup = await openPopupFor(session, page);
    await popup.getByTestId('article-script').waitFor({ timeout: 15_000 });
    await popup.getByLabel('Convert this site to').selectOption('tw');
    await popup.getByRole('button', { name: /Always convert this site to/ }).click();
    await popup.getByText(/This site is always converted to/).waitFor({ timeout: 10_000 });
    await popup.close();
    // A new page of the site: the rule's registered script converts it, and the frame follows.
    const next = await session.context.newPage();
    next.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    await next.goto(`${env.origin}/frames/cross.html?again`);
    const frame = await (await next.waitForSelector('#granted-frame')).contentFrame();
    assert.ok(frame);
    await next.waitForFunction(() => document.body.textContent?.includes('經濟'), null, { timeout: 20_000 });
    await frameBodyWith(frame, '復工復產');
    assert.deepEqual(errors, []);
    await Promise.all([page.close(), next.close()]);
  });

  test('the error watch saw every context of ours: both frames’ scripts, background, offscreen, pages', () => {
    const seen = watch()?.seen() ?? new Set<OwnContext>();
    for (const kind of OWN_CONTEXTS) assert.ok(seen.has(kind), `${kind} watched: ${watch()?.describe()}`);
    const worlds = watch()?.contentUrls() ?? [];
    assert.ok(
      worlds.some((url) => url.includes('/frames/cross.html')) &&
        worlds.some((url) => url.startsWith('http://localhost:') && url.endsWith('/frames/granted.html')),
      `our world watched in the top page and in the granted frame's own process: ${worlds.join(' ')}`,
    );
  });
});

describe('a profile not granted the frame’s site', () => {
  let ungranted: Session;
  before(async () => {
    await env.ready;
    ungranted = env.keep(await launch({ extension: extensionWith(false) }));
  });
  failOnWenzhaiErrors(() => ungranted);

  test('the same frame without a grant is left untouched', async () => {
    const session = ungranted;
    const errors: string[] = [];
    const { page, frame } = await openIn(session, errors);
    await hoverWord(page, frame, '复工复产');
    assert.equal(
      await waitForFrameCard(page, frame, '復工復產', 2500),
      null,
      'no card in an ungranted frame',
    );
    const ours = await frame.evaluate(() => document.querySelectorAll('[data-wenzhai-ui]').length);
    assert.equal(ours, 0, 'no element of ours in the ungranted frame');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
