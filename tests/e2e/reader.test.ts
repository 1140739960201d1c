// The reader view in real Chromium (issue 18): opened from the popup on a fixture article, polyphones
// read by word, readings and scripts switched, copying gives plain text, read-aloud drives a speech stub
// (order, language, voice, pause/resume), hover works, axe finds nothing serious, keyboard only.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findNode, inClosedRoot } from './closed-root';
import {
  cleanup,
  launch,
  openPopupFor,
  openReaderFrom,
  ROOT,
  type Session,
  screenshot,
  serveFixtures,
  waitForCard,
} from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

// A speechSynthesis stand-in, installed before any page script runs: it records what is spoken and
// ends an utterance only when the test says so. (A string: a transpiled function would carry helpers.)
const SPEECH_STUB = `(() => {
  const log = [];
  const spoken = [];
  let current = null;
  const voices = [
    { name: 'Stub Mandarin', lang: 'zh-CN', localService: true, voiceURI: 'stub-cn', default: false },
    { name: 'Stub Cloud', lang: 'zh-CN', localService: false, voiceURI: 'stub-cloud', default: false },
    { name: 'Stub Taiwan', lang: 'zh-TW', localService: true, voiceURI: 'stub-tw', default: false },
  ];
  function Utterance(text) {
    this.text = text; this.lang = ''; this.rate = 1; this.voice = null; this.onend = null; this.onerror = null;
  }
  const synth = Object.assign(new EventTarget(), {
    speak(u) {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.voiceURI : null, rate: u.rate });
      log.push('speak');
      current = u;
    },
    cancel() {
      const was = current;
      current = null;
      if (was && was.onerror) was.onerror({ error: 'interrupted' });
      log.push('cancel');
    },
    pause() { log.push('pause'); },
    resume() { log.push('resume'); },
    getVoices() { return voices; },
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  window.speechStub = {
    spoken,
    log,
    end() {
      const was = current;
      current = null;
      if (was && was.onend) was.onend({});
    },
  };
})();`;

let session: Session;
let server: Server;
let origin: string;
let reader: Page;

type Stub = {
  spoken: { text: string; lang: string; voice: string | null; rate?: number }[];
  log: string[];
  end(): void;
};

const rubyReadings = (page: Page, word: string) =>
  page.evaluate((w) => {
    for (const ruby of document.querySelectorAll('.reader-article ruby')) {
      if (ruby.textContent === w) return [...ruby.querySelectorAll('rt')].map((rt) => rt.dataset.p ?? '');
    }
    return null;
  }, word);

const waitAnnotated = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector('.reader-body ruby') !== null && document.querySelector('.status') === null,
    null,
    { timeout: 20_000 },
  );

before(async () => {
  ({ origin, server } = await serveFixtures());
  session = await launch();
  await session.context.addInitScript({ content: SPEECH_STUB });
  const page = await session.context.newPage();
  await page.goto(`${origin}/reader/polyphones.html`);
  reader = await openReaderFrom(session, page);
  await reader.waitForLoadState();
  // An init script can reach a page the browser itself opened (tabs.create) only after its first
  // scripts ran; a reload runs the stub first for sure. The reader reads the tab again.
  await reader.reload();
  await waitAnnotated(reader);
});

after(async () => {
  await session?.close();
  if (session) cleanup(session);
  server?.close();
});

test('the reader shows the detected article with ruby that follows the words', async () => {
  assert.match(reader.url(), /reader\.html\?tab=\d+$/);
  assert.equal(
    await reader.locator('.reader-title').evaluate((el) => el.textContent),
    '银行行长谈长大的城市',
  );
  assert.match((await reader.locator('.reader-meta').textContent()) ?? '', /2024-03-15/);
  // Images with captions, lists and tables come through.
  assert.equal(await reader.locator('.reader-body figure img').count(), 1);
  assert.equal(await reader.locator('.reader-body li').count(), 3);
  assert.equal(await reader.locator('.reader-body td').count(), 4);
  assert.equal(await reader.locator('.reader-body figcaption').count(), 1);
  assert.equal(await reader.locator('.reader-body table caption').count(), 1);
  assert.deepEqual(await rubyReadings(reader, '银行'), ['yín', 'háng']);
  assert.deepEqual(await rubyReadings(reader, '行长'), ['háng', 'zhǎng']);
  assert.deepEqual(await rubyReadings(reader, '长大'), ['zhǎng', 'dà']);
  assert.deepEqual(await rubyReadings(reader, '重庆'), ['chóng', 'qìng']);
  assert.deepEqual(await rubyReadings(reader, '了解'), ['liǎo', 'jiě']);
  assert.deepEqual(await rubyReadings(reader, '为了'), ['wèi', 'le']);
  assert.deepEqual(await rubyReadings(reader, '还是'), ['hái', 'shi']);
  await screenshot(reader, 'reader');
});

test('readings switch between pinyin, zhuyin and none; tone colours apply', async () => {
  const shown = () =>
    reader.evaluate(() => {
      const rt = document.querySelector('.reader-body ruby rt') as HTMLElement;
      const style = getComputedStyle(rt);
      return { content: getComputedStyle(rt, '::before').content, display: style.display };
    });
  assert.match((await shown()).content, /[a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜü]/);
  await reader.getByTestId('reader-ruby').getByRole('button', { name: 'Zhuyin' }).click();
  assert.match((await shown()).content, /[ㄅ-ㄩ]/);
  await reader.getByTestId('reader-ruby').getByRole('button', { name: 'None' }).click();
  assert.equal((await shown()).display, 'none');
  await reader.getByTestId('reader-ruby').getByRole('button', { name: 'Pinyin' }).click();
  await reader.getByTestId('reader-tones').getByRole('button', { name: 'Standard' }).click();
  const colours = await reader.evaluate(() =>
    ['t1', 't2', 't3', 't4'].map((c) => {
      const rt = document.querySelector(`.reader-body rt.${c}`);
      return rt ? getComputedStyle(rt).color : null;
    }),
  );
  assert.equal(new Set(colours).size, 4, `four tone colours: ${colours.join(', ')}`);
});

test('copying gives the characters only, never the readings', async () => {
  const copied = await reader.evaluate(() => {
    const p = document.querySelector('.reader-body p') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(p);
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    const text = selection.toString();
    selection.removeAllRanges();
    return text;
  });
  assert.equal(
    copied,
    '这位银行行长在重庆长大。他说，为了了解这座城市，他还是每天步行上班，走过长长的江边小路。',
  );
});

test('read aloud speaks sentence by sentence with the language and on-device voice, pauses and resumes', async () => {
  const stub = () => reader.evaluate(() => (globalThis as unknown as { speechStub: Stub }).speechStub);
  const end = () => reader.evaluate(() => (globalThis as unknown as { speechStub: Stub }).speechStub.end());
  await reader.getByTestId('speech-play').click();
  let s = await stub();
  assert.deepEqual(s.spoken[0], { text: '银行行长谈长大的城市', lang: 'zh-CN', voice: 'stub-cn', rate: 1 });
  await end();
  await end();
  await end();
  s = await stub();
  assert.deepEqual(
    s.spoken.map((u) => u.text),
    [
      '银行行长谈长大的城市',
      s.spoken[1]?.text,
      '这位银行行长在重庆长大。',
      '他说，为了了解这座城市，他还是每天步行上班，走过长长的江边小路。',
    ],
  );
  assert.ok(s.spoken.every((u) => u.lang === 'zh-CN' && u.voice === 'stub-cn'));
  // The sentence being read is marked.
  assert.equal(await reader.locator('[data-speaking]').count(), 1);
  assert.match((await reader.locator('[data-speaking]').textContent()) ?? '', /他说/);
  // Keyboard: Space pauses and resumes, N skips.
  // Keys go to the page (no control focused; the pointer stays off the text so no hover card takes them).
  await reader.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await reader.keyboard.press('Space');
  await reader.getByTestId('speech-resume').waitFor();
  await reader.keyboard.press('Space');
  await reader.getByTestId('speech-pause').waitFor();
  s = await stub();
  assert.deepEqual(s.log.slice(-2), ['pause', 'resume']);
  const before = s.spoken.length;
  await reader.keyboard.press('n');
  s = await stub();
  assert.equal(s.spoken.length, before + 1);
  assert.match(s.spoken.at(-1)?.text ?? '', /城市发展需要耐心/);
  await reader.keyboard.press('Escape');
  await reader.getByTestId('speech-play').waitFor();
});

test('an online voice is used only after the user agrees', async () => {
  const select = reader.getByTestId('speech-voice');
  assert.equal(await select.locator('option[value="stub-cloud"]').isDisabled(), true);
  assert.match((await select.locator('option[value="stub-cloud"]').textContent()) ?? '', /online/);
  assert.match((await select.locator('option[value="stub-cn"]').textContent()) ?? '', /on this device/);
  await reader.getByTestId('speech-allow-online').check();
  await select.selectOption('stub-cloud');
  await reader.getByTestId('speech-play').click();
  const s = await reader.evaluate(() => (globalThis as unknown as { speechStub: Stub }).speechStub);
  assert.equal(s.spoken.at(-1)?.voice, 'stub-cloud');
  await reader.keyboard.press('Escape');
  await reader.getByTestId('speech-allow-online').uncheck();
});

/** Whether each word's <ruby> is left plain (readings hidden), for the words asked. */
const plainWords = (page: Page, words: string[]) =>
  page.evaluate((ws) => {
    const out: Record<string, boolean> = {};
    for (const ruby of document.querySelectorAll('.reader-body ruby')) {
      const w = ruby.textContent ?? '';
      if (!ws.includes(w) || w in out) continue;
      const rt = ruby.querySelector('rt') as HTMLElement;
      out[w] = getComputedStyle(rt).display === 'none';
    }
    return out;
  }, words);

const setWordState = (page: Page, simplified: string, traditional: string, state: string) =>
  page.evaluate(
    async ([s, t, st]) => {
      const chromeApi = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome;
      return chromeApi.runtime.sendMessage({
        wenzhai: 1,
        to: 'background',
        name: 'setWordState',
        params: { entry: { simplified: s, traditional: t, pinyin: '', definitions: [] }, state: st },
      });
    },
    [simplified, traditional, state] as const,
  );

test('ruby over words above an HSK level, then over unknown words only', async () => {
  const words = ['银行', '城市', '了解', '重庆', '行长'];
  const scope = reader.getByTestId('reader-ruby-scope');
  await scope.getByRole('button', { name: 'Words above an HSK level' }).click();
  // Level 3 (default): 银行 (HSK 2) and 城市 (3) plain; 了解 (4) and 重庆 (not listed) keep readings.
  await reader.waitForFunction(() => document.querySelector('.reader-body ruby.plain') !== null);
  assert.deepEqual(await plainWords(reader, words), {
    银行: true,
    城市: true,
    了解: false,
    重庆: false,
    行长: false,
  });
  await reader.getByTestId('reader-ruby-level').selectOption('1');
  // Level 1: HSK 1 words such as 在 stay plain, 银行 gets its readings back.
  await reader.waitForFunction(
    () => ![...document.querySelectorAll('.reader-body ruby.plain')].some((r) => r.textContent === '银行'),
  );
  assert.deepEqual(await plainWords(reader, ['银行', '在']), { 银行: false, 在: true });
  await reader.getByTestId('reader-ruby-level').selectOption('4');
  await reader.waitForFunction(() =>
    [...document.querySelectorAll('.reader-body ruby.plain')].some((r) => r.textContent === '了解'),
  );

  // Unknown words: a known word is plain; unsaved words keep readings; a change shows without reload.
  await setWordState(reader, '行长', '行長', 'known');
  await scope.getByRole('button', { name: 'Words I don’t know' }).click();
  await reader.getByTestId('reader-ruby-hint').waitFor();
  await reader.waitForFunction(() =>
    [...document.querySelectorAll('.reader-body ruby.plain')].some((r) => r.textContent === '行长'),
  );
  assert.deepEqual(await plainWords(reader, words), {
    银行: false,
    城市: false,
    了解: false,
    重庆: false,
    行长: true,
  });
  await setWordState(reader, '银行', '銀行', 'known');
  await reader.waitForFunction(() =>
    [...document.querySelectorAll('.reader-body ruby.plain')].some((r) => r.textContent === '银行'),
  );
  await setWordState(reader, '银行', '銀行', 'learning');
  await reader.waitForFunction(
    () => ![...document.querySelectorAll('.reader-body ruby.plain')].some((r) => r.textContent === '银行'),
  );
  await scope.getByRole('button', { name: 'Every word' }).click();
  await reader.waitForFunction(() => document.querySelector('.reader-body ruby.plain') === null);
});

test('selecting text in the reader offers "Save selection", which saves a selection clipping', async () => {
  await reader.evaluate(() => {
    const p = document.querySelectorAll('.reader-body p')[1] as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(p);
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  const offer = reader.getByTestId('reader-selection-save');
  await offer.getByRole('button', { name: 'Save selection' }).click();
  await offer.getByText('Saved to clippings').waitFor({ timeout: 10_000 });
  const clippings = await session.context.newPage();
  await clippings.goto(`chrome-extension://${session.extensionId}/clippings.html`);
  await clippings.getByText('他认为，城市发展需要耐心。').first().waitFor({ timeout: 10_000 });
  await clippings.close();
  // A selection outside the article (the controls) offers nothing.
  await reader.evaluate(() => {
    const legend = document.querySelector('.reader-side legend') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(legend);
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await reader.waitForFunction(
    () => !document.querySelector('[data-testid=reader-selection-save] button'),
    null,
    { timeout: 10_000 },
  );
  await reader.evaluate(() => getSelection()?.removeAllRanges());
});

test('the script switches to 繁體 with ruby, and back', async () => {
  await reader.getByTestId('reader-script').getByRole('button', { name: '繁體' }).click();
  await reader.waitForFunction(
    () => document.querySelector('.reader-title')?.textContent === '銀行行長談長大的城市',
    null,
    {
      timeout: 20_000,
    },
  );
  await waitAnnotated(reader);
  assert.deepEqual(await rubyReadings(reader, '銀行'), ['yín', 'háng']);
  assert.equal(await reader.locator('.reader-article').getAttribute('lang'), 'zh-Hant');
  await reader.getByTestId('reader-script').getByRole('button', { name: 'Original' }).click();
  await reader.waitForFunction(
    () => document.querySelector('.reader-title')?.textContent === '银行行长谈长大的城市',
  );
  await waitAnnotated(reader);
});

test('hover works in the reader', async () => {
  // Each character of a word is its own text node inside the ruby: point at the first one.
  const point = await reader.evaluate(() => {
    const ruby = [...document.querySelectorAll('.reader-body ruby')].find((r) => r.textContent === '重庆');
    const text = ruby?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    ruby?.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await reader.mouse.move(point.x, point.y);
  await waitForCard(reader, (html) => html.includes('Chongqing') || html.includes('重慶'), '重庆');
});

/** Centre of the hover card's element with `className` (inside our closed root), read through DevTools. */
async function cardButton(page: Page, className: string): Promise<{ x: number; y: number }> {
  return inClosedRoot(page, 'hover', async (cdp, shadow) => {
    assert.ok(shadow, 'the card is on the page');
    const node = findNode(shadow, (n) => {
      const a = n.attributes ?? [];
      return a.some((v, i) => a[i - 1] === 'class' && v.split(' ').includes(className));
    });
    assert.ok(node, `.${className} in the card`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  });
}

/** Waits for the speech stub to have spoken more than `count` utterances; returns the new ones. */
async function spokenAfter(page: Page, count: number): Promise<Stub['spoken']> {
  await page.waitForFunction(
    (n) => (globalThis as unknown as { speechStub: Stub }).speechStub.spoken.length > n,
    count,
    { timeout: 5_000 },
  );
  const s = await page.evaluate(() => (globalThis as unknown as { speechStub: Stub }).speechStub);
  return s.spoken.slice(count);
}

test('the hover card reads the word (p, button) and its sentence (l) with the reader’s voice', async () => {
  const spokenCount = async () =>
    reader.evaluate(() => (globalThis as unknown as { speechStub: Stub }).speechStub.spoken.length);
  const point = await reader.evaluate(() => {
    const ruby = [...document.querySelectorAll('.reader-body ruby')].find((r) => r.textContent === '重庆');
    const text = ruby?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    ruby?.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await reader.mouse.move(2, 2);
  await reader.mouse.move(point.x, point.y, { steps: 2 });
  const html = await waitForCard(
    reader,
    (h) => h.includes('say-word'),
    'the card for 重庆 with its say buttons',
  );
  assert.match(html, /Say sentence \(l\)/);
  // The key p: the word, in the article's language, with the on-device voice and the reader's rate.
  let count = await spokenCount();
  await reader.keyboard.press('p');
  assert.deepEqual(await spokenAfter(reader, count), [
    { text: '重庆', lang: 'zh-CN', voice: 'stub-cn', rate: 1 },
  ]);
  // The key l: the sentence the word is in.
  count = await spokenCount();
  await reader.keyboard.press('l');
  const sentence = await spokenAfter(reader, count);
  assert.deepEqual(
    sentence.map((u) => [u.text, u.lang, u.voice]),
    [['这位银行行长在重庆长大。', 'zh-CN', 'stub-cn']],
  );
  // The button, reached by moving from the word onto the card.
  const button = await cardButton(reader, 'say-word');
  count = await spokenCount();
  // As a hand does: a little on the word, then onto the card (a pointer arriving from elsewhere looks
  // through the card at the page).
  await reader.mouse.move(point.x + 1, point.y);
  await reader.mouse.move(button.x, button.y, { steps: 8 });
  await reader.mouse.click(button.x, button.y);
  assert.deepEqual(
    (await spokenAfter(reader, count)).map((u) => u.text),
    ['重庆'],
  );
  await reader.keyboard.press('Escape');
});

test('keyboard only: Tab reaches the controls and Enter switches the readings', async () => {
  await reader.keyboard.press('Escape');
  await reader.locator('body').click({ position: { x: 5, y: 5 } });
  let found = false;
  for (let i = 0; i < 30 && !found; i++) {
    await reader.keyboard.press('Tab');
    found = await reader.evaluate(() => document.activeElement?.textContent === 'Zhuyin');
  }
  assert.ok(found, 'Tab reaches the Zhuyin button');
  await reader.keyboard.press('Enter');
  assert.match((await reader.locator('.reader-article').getAttribute('class')) ?? '', /ruby-zhuyin/);
  await reader.getByTestId('reader-ruby').getByRole('button', { name: 'Pinyin' }).click();
});

test('a saved clipping opens in the reader from the clippings page', async () => {
  const page = await session.context.newPage();
  await page.goto(`${origin}/reader/polyphones.html`);
  const popup = await openPopupFor(session, page);
  await popup.getByRole('button', { name: 'Save article' }).click();
  await popup.getByText('Saved to clippings').waitFor({ timeout: 10_000 });
  const clippings = await session.context.newPage();
  await clippings.goto(`chrome-extension://${session.extensionId}/clippings.html`);
  await clippings.getByText('银行行长谈长大的城市').first().click();
  await clippings.getByTestId('read-clipping').click();
  await clippings.waitForURL(/reader\.html\?clipping=\d+$/);
  await waitAnnotated(clippings);
  assert.equal(await clippings.locator('.reader-title').textContent(), '银行行长谈长大的城市');
  assert.deepEqual(await rubyReadings(clippings, '行长'), ['háng', 'zhǎng']);
  await Promise.all([clippings.close(), popup.close(), page.close()]);
});

test('axe finds no serious violation in the reader, light and dark', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    await reader.emulateMedia({ colorScheme: scheme });
    if (!(await reader.evaluate(() => 'axe' in globalThis))) await reader.evaluate(AXE);
    const violations = (await reader.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe;
      const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
        violations: { id: string; impact: string | null; nodes: { html: string }[] }[];
      };
      return result.violations;
    })) as { id: string; impact: string | null; nodes: { html: string }[] }[];
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.equal(
      serious.length,
      0,
      serious
        .map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`)
        .join('\n'),
    );
  }
});

test('Options → Read aloud: a voice per variant and consent, used by the reader', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html#speech`);
  const tw = options.getByTestId('options-voice-tw');
  await tw.waitFor();
  // The Taiwan voice is listed first for zh-TW; each option says where it runs.
  assert.deepEqual(
    await tw.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ['', 'stub-tw', 'stub-cloud', 'stub-cn'],
  );
  assert.match((await tw.locator('option[value="stub-tw"]').textContent()) ?? '', /on this device/);
  const cn = options.getByTestId('options-voice-cn');
  assert.equal(await cn.locator('option[value="stub-cloud"]').isDisabled(), true);
  await options.getByRole('checkbox', { name: /Allow online voices/ }).check();
  await cn.selectOption('stub-cloud');
  await tw.selectOption('stub-tw');
  await options.getByTestId('setting-saved').filter({ hasText: /\S/ }).waitFor();
  await reader.reload();
  await waitAnnotated(reader);
  assert.equal(await reader.getByTestId('speech-voice').inputValue(), 'stub-cloud');
  assert.equal(await reader.getByTestId('speech-allow-online').isChecked(), true);
  await options.close();
});
