// The pages of the hostile-page tour (tests/e2e/hostile-pages.test.ts) written in code (500 deep, 1M
// characters, Japanese, Korean, a shadow root and a frame, a live page; the others are fixtures under
// tests/fixtures/hostile/), and the tour's readers of page markup and of our closed card.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { cardFrame, type DomNode, isOwnHost, type Session, tabIdOf } from './fixtures';

export const EMOJI = '🎉👍🏽👨‍👩‍👧🇨🇳';
export const DEEP_PARAGRAPHS = Array.from(
  { length: 40 },
  (_, i) => `第${i}段${EMOJI}：会议强调，要推动高质量发展，扎实推进复工复产，头发${i % 7}次。`,
);
/** An article under 500 nested <div>s, with emoji (surrogate pairs, a skin tone, a ZWJ family, a flag). */
const DEEP_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>深层嵌套的新闻发布会_深层网</title></head>
<body>${'<div class="wrap">'.repeat(500)}<article><h1>深层嵌套的新闻发布会${EMOJI}</h1>
${DEEP_PARAGRAPHS.map((p, i) => `<p id="p${i}">${p}</p>`).join('\n')}
</article>${'</div>'.repeat(500)}</body></html>`;

/** About 1M characters of article text. */
const BIG_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>一百万字</title></head>
<body><main><h1>一百万字的长页面</h1>${Array.from(
  { length: 20_000 },
  (_, i) => `<p>第${i}段：会议强调要推动经济高质量发展，扎实推进复工复产，关心群众的头发问题。</p>`,
).join('\n')}</main></body></html>`;

const JAPANESE_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>広島の路面電車</title></head>
<body><article><h1>広島の路面電車、被爆から三日後に運転再開</h1>
<p>広島市の路面電車は、原爆の被害を受けながらも三日後に運転を再開した。市民の足として今も走っている。</p>
<p>路面電車の車両は、今も市内を走り続けており、多くの観光客が乗車している。</p></article></body></html>`;

const KOREAN_PAGE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>經濟 뉴스</title></head>
<body><article><h1>政府, 經濟 發展 計劃 發表</h1>
<p>政府는 오늘 經濟 發展을 위한 새로운 計劃을 發表했다. 專門家들은 이번 計劃이 地域 經濟에 도움이 될 것이라고 말했다.</p>
<p>市民들은 새 政策이 生活에 어떤 變化를 가져올지 關心을 보이고 있다.</p></article></body></html>`;

/** An open shadow root and an about:blank frame that a page script fills, and that script removing
 *  foreign nodes from the frame as hide.html does. */
const ROOTS_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>组件与框架</title></head>
<body><article><h1>组件与框架里的新闻</h1><p id="light">会议强调要推动高质量发展。</p>
<div id="host"></div><iframe id="blank" style="width:600px;height:90px"></iframe>
<p>其余正文说明会议的安排，内容平常，让页面看起来像一篇文章。</p></article>
<script>
  document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p id="inroot">组件里扎实推进复工复产。</p>';
  const doc = document.getElementById('blank').contentDocument;
  doc.body.innerHTML = '<p id="inframe" style="font-size:24px">空白框架里的头发和经济发展。</p>';
  setInterval(() => { for (const el of [...doc.documentElement.children]) if (el !== doc.head && el !== doc.body) el.remove(); }, 300);
</script></body></html>`;

const LIVE_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>直播</title></head>
<body><nav><a href="/">首页</a></nav><div id="ticker">开始</div>
<script>let n = 0; setInterval(() => { document.getElementById('ticker').textContent = '滚动消息 ' + n++; }, 40);</script>
</body></html>`;

/** The tour's in-code pages by path. */
export const TOUR_PAGES: Record<string, string> = {
  '/hostile/deep.html': DEEP_PAGE,
  '/hostile/big.html': BIG_PAGE,
  '/hostile/japanese-tour.html': JAPANESE_PAGE,
  '/hostile/live.html': LIVE_PAGE,
  '/hostile/korean.html': KOREAN_PAGE,
  '/hostile/roots.html': ROOTS_PAGE,
};

/** The page's markup without our UI hosts (the hover card's host stays a child of <html> once made). */
export const html = (page: Page) =>
  page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const own of copy.querySelectorAll(':scope > [data-wenzhai-ui]')) own.remove();
    return copy.outerHTML;
  });

/** Waits until the page's markup (ours left out) is `expected` again; fails showing the difference. */
export async function waitForMarkup(page: Page, expected: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await html(page);
  while (last !== expected && Date.now() < deadline) {
    await page.waitForTimeout(300);
    last = await html(page);
  }
  assert.equal(last, expected, 'the page is back byte for byte');
}

/** The shown card's HTML, read through DevTools without walking the whole document: our host is a
 *  child of <html> (the harness's full-depth read overflows DevTools' limit on a 500-deep page). */
export async function shallowCard(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 5, pierce: true })) as { root: DomNode };
    const html = root.children?.find((n) => n.localName === 'html');
    const host = html?.children?.find((n) => isOwnHost(n, 'hover'));
    const frame = cardFrame(host?.shadowRoots?.[0] ?? null);
    if (!frame || (frame.attributes ?? []).includes('hidden')) return null;
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: frame.nodeId })) as {
      outerHTML: string;
    };
    return outerHTML;
  } finally {
    await cdp.detach();
  }
}

/** What the shortcut, a site rule and a default send (no confirmation), sent from the popup. */
export async function unconfirmedConvert(popup: Page): Promise<unknown> {
  const tabId = new URL(popup.url()).searchParams.get('tabId');
  const answer = await popup.evaluate(
    (id) =>
      chrome.tabs.sendMessage(Number(id), {
        wenzhai: 1,
        to: 'content',
        name: 'convert',
        params: { target: 'cn' },
      }),
    tabId,
  );
  return (answer as { value?: { convertedTo?: unknown } }).value?.convertedTo;
}

/** Alt+Shift+C as the background runs it (lib/background/convert-command.ts): inject the content
 *  script into the tab, ask its state, and, since it is not converted, ask it to convert to the default
 *  script (简体 here: the page's Han characters read as Traditional). A headless browser does not deliver
 *  a command shortcut, so the test sends the same calls from the service worker; the content script's
 *  answer is real. Returns what the tab says it converted to. */
export async function commandConvert(session: Session, page: Page): Promise<unknown> {
  const tabId = await tabIdOf(session, page.url());
  // No function is declared inside: tsx would wrap it in a helper the service worker does not have.
  return session.worker.evaluate(async (id) => {
    await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
    const message = { wenzhai: 1, to: 'content', name: 'getState', params: {} };
    const state = (await chrome.tabs.sendMessage(id, message, { frameId: 0 })) as {
      ok: boolean;
      value?: { convertedTo: unknown };
    };
    if (!state.ok || state.value?.convertedTo !== null) return state;
    const convert = { ...message, name: 'convert', params: { target: 'cn' } };
    const answer = (await chrome.tabs.sendMessage(id, convert, { frameId: 0 })) as {
      value?: { convertedTo?: unknown };
    };
    return answer.value?.convertedTo;
  }, tabId);
}

/** The markup of the page (ours left out), its shadow root and its frame, read in the page's world. */
export const trees = (page: Page) =>
  page.evaluate(() => {
    const top = document.documentElement.cloneNode(true) as Element;
    for (const own of top.querySelectorAll(':scope > [data-wenzhai-ui]')) own.remove();
    const frame = (document.getElementById('blank') as HTMLIFrameElement).contentDocument;
    return {
      page: top.outerHTML,
      root: document.getElementById('host')?.shadowRoot?.innerHTML ?? '(none)',
      frame: frame?.body.innerHTML ?? '(none)',
    };
  });
