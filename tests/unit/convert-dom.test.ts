import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageConverter, splitConverted } from '../../lib/convert/page/dom';
import { convertHtmlFragment } from '../../lib/convert/page/html';
import { createTextConverter, type TextConverter } from '../../lib/convert/text/text';

const toTw = createTextConverter('cn', 'tw');
const toTwp = createTextConverter('cn', 'twp');
const toCn = createTextConverter('tw', 'cn');

const ARTICLE = `<article class="story" data-id="42">
  <h1 title="国务院发布新规">国务院发布<em>新规</em></h1>
  <p>记者<a href="https://example.cn/a?x=1&amp;y=2" title="点击查看">从有关部门</a>获悉，<b>头</b>发和<span class="x">软件</span>产业发展迅速。</p>
  <img src="/p.jpg" alt="会议现场照片">
  <ul><li>第一条：经济</li><li>第二条：<strong>环境</strong>保护</li></ul>
  <input placeholder="搜索新闻" value="这里是输入">
  <textarea>用户输入的简体</textarea>
  <pre>代码里的简体</pre>
  <p>运行<code>发送()</code>函数</p>
  <div contenteditable="true">编辑区里的简体</div>
  <div data-wenzhai-ui="">我们的界面</div>
  <p aria-label="说明">说明文字<br>换行以后</p>
</article>`;

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'zh-CN');
  document.title = '新闻标题：经济发展';
  document.body.innerHTML = ARTICLE;
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createPageConverter', () => {
  it('converts a block across inline elements and keeps the elements', async () => {
    document.body.innerHTML = '<p><b>头</b>发</p>';
    const n = await createPageConverter(document).convert(toTw, 'zh-TW');
    expect(document.body.innerHTML).toBe('<p><b>頭</b>髮</p>');
    expect(n).toBe(2);
  });

  it('converts text, attributes, title and lang, then restores byte-identical HTML', async () => {
    const before = document.body.innerHTML;
    const pc = createPageConverter(document);
    const changed = await pc.convert(toTwp, 'zh-TW');
    expect(changed).toBeGreaterThan(5);
    expect(pc.isConverted()).toBe(true);
    const body = document.body;
    expect(body.querySelector('h1')!.textContent).toBe('國務院釋出新規');
    expect(body.querySelector('h1 em')!.textContent).toBe('新規');
    expect(body.querySelector('h1')!.getAttribute('title')).toBe('國務院釋出新規');
    expect(body.querySelector('a')!.getAttribute('title')).toBe('點選檢視');
    expect(body.querySelector('a')!.getAttribute('href')).toBe('https://example.cn/a?x=1&y=2');
    expect(body.querySelector('p')!.textContent).toBe('記者從有關部門獲悉，頭髮和軟體產業發展迅速。');
    expect(body.querySelector('img')!.getAttribute('alt')).toBe('會議現場照片');
    expect(body.querySelector('input')!.getAttribute('placeholder')).toBe('搜尋新聞');
    expect(body.querySelector('p[aria-label]')!.getAttribute('aria-label')).toBe('說明');
    expect(body.querySelector('p[aria-label]')!.textContent).toBe('說明文字換行以後');
    expect(document.title).toBe('新聞標題：經濟發展');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-TW');

    pc.restore();
    expect(pc.isConverted()).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    expect(document.title).toBe('新闻标题：经济发展');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
  });

  it('never touches code, form fields, contenteditable or our own UI', async () => {
    await createPageConverter(document).convert(toTw, 'zh-TW');
    const body = document.body;
    expect(body.querySelector('textarea')!.value).toBe('用户输入的简体');
    expect(body.querySelector('textarea')!.textContent).toBe('用户输入的简体');
    expect(body.querySelector('input')!.getAttribute('value')).toBe('这里是输入');
    expect(body.querySelector('pre')!.textContent).toBe('代码里的简体');
    expect(body.querySelector('code')!.textContent).toBe('发送()');
    // The text around <code> still converts.
    expect(body.querySelectorAll('p')[1]!.textContent).toBe('運行发送()函數');
    expect(body.querySelector('[contenteditable]')!.textContent).toBe('编辑区里的简体');
    expect(body.querySelector('[data-wenzhai-ui]')!.textContent).toBe('我们的界面');
  });

  it('honours options.skip and options.root', async () => {
    const root = document.querySelector('article')!;
    await createPageConverter(document, { root, skip: (el) => el.tagName === 'UL' }).convert(toTw, 'zh-TW');
    expect(document.querySelector('li')!.textContent).toBe('第一条：经济');
    expect(document.querySelector('h1')!.textContent).toBe('國務院發佈新規');
    // Title belongs to the page, not to a sub-root.
    expect(document.title).toBe('新闻标题：经济发展');
  });

  it('switches targets from the original text and back', async () => {
    document.body.innerHTML = '<p>发展<a href="#" title="头发">软件</a>干净</p>';
    const before = document.body.innerHTML;
    const pc = createPageConverter(document);
    await pc.convert(toTwp, 'zh-TW');
    expect(document.body.innerHTML).toBe('<p>發展<a href="#" title="頭髮">軟體</a>乾淨</p>');
    // Back to cn: from the original Simplified, not a round trip through Traditional.
    const n = await pc.convert(createTextConverter('cn', 'cn'), 'zh-Hans');
    expect(document.body.innerHTML).toBe(before);
    expect(n).toBe(3);
    await pc.convert(toTw, 'zh-TW');
    expect(document.body.innerHTML).toBe('<p>發展<a href="#" title="頭髮">軟件</a>乾淨</p>');
    pc.restore();
    expect(document.body.innerHTML).toBe(before);
  });

  it('converts Traditional pages to Simplified', async () => {
    document.body.innerHTML = '<p>經濟<i>發</i>展</p>';
    await createPageConverter(document).convert(toCn, 'zh-Hans');
    expect(document.body.innerHTML).toBe('<p>经济<i>发</i>展</p>');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hans');
  });

  it('keeps every character when a phrase changes length across elements', async () => {
    document.body.innerHTML = '<p>用<b>鼠</b>标点击<i>方便面</i>图片</p>';
    await createPageConverter(document).convert(toTwp, 'zh-TW');
    const p = document.querySelector('p')!;
    // Both 鼠标 and 方便面 change length; the text and the elements all survive.
    expect(p.textContent).toMatch(/^用.*點選.*圖片$/);
    expect(p.querySelectorAll('b,i')).toHaveLength(2);
    expect(p.querySelector('i')!.textContent).toBe('泡麵');
  });

  it('does not join Han text across Latin text in between', async () => {
    // 干 + 净 would read as 乾淨 if joined; separated by Latin text it is two words.
    document.body.innerHTML = '<p><b>干</b>abc<i>净</i></p>';
    await createPageConverter(document).convert(toTw, 'zh-TW');
    expect(document.body.innerHTML).toBe('<p><b>幹</b>abc<i>淨</i></p>');
  });

  it('converts lang on Chinese-tagged elements inside the root and restores it', async () => {
    document.body.innerHTML = '<p lang="zh-CN">头发</p><p lang="en">hair</p>';
    const before = document.body.innerHTML;
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-TW');
    expect(document.body.innerHTML).toBe('<p lang="zh-TW">頭髮</p><p lang="en">hair</p>');
    pc.restore();
    expect(document.body.innerHTML).toBe(before);
  });

  it('sets and restores a missing lang attribute', async () => {
    document.documentElement.removeAttribute('lang');
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-HK');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-HK');
    pc.restore();
    expect(document.documentElement.hasAttribute('lang')).toBe(false);
  });

  it('leaves text the page changed after conversion alone on restore', async () => {
    document.body.innerHTML = '<p>头发</p>';
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-TW');
    document.querySelector('p')!.firstChild!.textContent = '页面更新';
    pc.restore();
    expect(document.body.innerHTML).toBe('<p>页面更新</p>');
  });

  it('converts again from what the page wrote since, not from the older original', async () => {
    document.body.innerHTML = '<p>头发</p><p>发展</p>';
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-TW');
    const first = document.querySelector('p')!;
    // The page writes into a node we converted, and the user switches target at once.
    first.firstChild!.textContent = '后来';
    await pc.convert(toTw, 'zh-TW');
    expect(first.textContent).toBe('後來');
    pc.restore();
    expect(document.body.innerHTML).toBe('<p>后来</p><p>发展</p>');
  });

  it('converts the blocks on screen first and never feeds them to the converter again', async () => {
    document.body.innerHTML = Array.from(
      { length: 40 },
      (_, i) => `<p title="第${i}段标题">第${i}段<b>头</b>发展</p>`,
    ).join('');
    const before = document.body.innerHTML;
    const shown = document.body.children[5]!;
    // happy-dom has no layout: the paragraph at the centre is named, and every box is empty.
    const atPoint = vi.spyOn(document, 'elementFromPoint').mockReturnValue(shown);
    const inputs: string[] = [];
    const seen = (t: string): string => {
      inputs.push(t);
      return t;
    };
    const spy: TextConverter = Object.assign((t: string) => toTw(seen(t)), {
      aligned: (t: string) => toTw.aligned!(seen(t)),
    });
    const pc = createPageConverter(document);
    await pc.convert(spy, 'zh-TW');
    atPoint.mockRestore();
    expect(inputs.length).toBeGreaterThan(0);
    // Converted text is never read back as an original (發 would mean a block was walked twice).
    expect(inputs.filter((t) => /[發頭標]/.test(t))).toEqual([]);
    expect(shown.textContent).toBe('第5段頭發展');
    expect(shown.getAttribute('title')).toBe('第5段標題');
    expect(document.body.lastElementChild!.textContent).toBe('第39段頭發展');
    expect(document.body.firstElementChild!.textContent).toBe('第0段頭發展');
    await pc.restore();
    expect(document.body.innerHTML).toBe(before);
  });

  it('tracks page changes without converting them until observe() is on', async () => {
    document.body.innerHTML = '<main><p>头发</p></main>';
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-TW');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>发展</p>');
    await vi.advanceTimersByTimeAsync(150);
    expect(document.querySelector('main')!.innerHTML).toBe('<p>頭髮</p><p>发展</p>');
    pc.restore();
    expect(document.querySelector('main')!.innerHTML).toBe('<p>头发</p><p>发展</p>');
  });
});

describe('time slicing', () => {
  it('yields to the page during a long conversion and still converts everything', async () => {
    document.body.innerHTML = Array.from({ length: 100 }, (_, i) => `<p>第${i}段发展</p>`).join('');
    let timerFired = false;
    let firedBeforeLastBlock = false;
    setTimeout(() => {
      timerFired = true;
    }, 0);
    // 1 ms per block on an injected clock (no busy-wait): 100 blocks cannot fit in one slice.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slow: TextConverter = (s) => {
      clock += 1;
      if (s.startsWith('第99段')) firedBeforeLastBlock = timerFired;
      return toTw(s);
    };
    const n = await createPageConverter(document).convert(slow, 'zh-TW');
    expect(firedBeforeLastBlock).toBe(true);
    expect(n).toBe(100);
    expect(document.body.lastElementChild!.textContent).toBe('第99段發展');
  });

  it('abandons a pass when restore() runs mid-way, leaving the original page', async () => {
    document.body.innerHTML = Array.from({ length: 100 }, (_, i) => `<p>第${i}段发展</p>`).join('');
    const before = document.body.innerHTML;
    let clock = 0; // 1 ms per block on an injected clock, as above
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slow: TextConverter = (s) => {
      clock += 1;
      return toTw(s);
    };
    const pc = createPageConverter(document);
    const pass = pc.convert(slow, 'zh-TW');
    await new Promise((r) => setTimeout(r, 0));
    pc.restore();
    const n = await pass;
    expect(n).toBeLessThan(100);
    expect(document.body.innerHTML).toBe(before);
  });

  /** A clock that runs 10 ms per reading, so slice deadlines pass after a few checks. */
  const fastClock = () => {
    let now = 0;
    return vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
  };
  const paragraphs = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p title="第${i}段标题">第${i}段发展</p>`).join('');

  it('puts a big page back in slices, yielding to the page between them', async () => {
    document.body.innerHTML = paragraphs(400);
    const before = document.body.innerHTML;
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-TW');
    const clock = fastClock();
    const done = pc.restore();
    // The first slice is back at once (newest writes first), the rest not yet.
    expect(document.body.lastElementChild!.textContent).toBe('第399段发展');
    expect(document.body.firstElementChild!.textContent).toBe('第0段發展');
    expect(document.body.firstElementChild!.getAttribute('title')).toBe('第0段標題');
    await done;
    clock.mockRestore();
    expect(document.body.innerHTML).toBe(before);
  });

  it('keeps what the page writes during a sliced restore, and a new pass stops it cleanly', async () => {
    document.body.innerHTML = paragraphs(400);
    const pc = createPageConverter(document);
    await pc.convert(toTw, 'zh-TW');
    const clock = fastClock();
    // The first paragraph was written first, so it is put back last: the page changes it before.
    const first = document.body.firstElementChild!;
    const done = pc.restore();
    expect(first.textContent).toBe('第0段發展');
    first.firstChild!.textContent = '页面的新内容';
    await done;
    expect(first.textContent).toBe('页面的新内容');

    // Converting again while a restore is under way: the nodes not yet put back keep their
    // originals, so the next restore still gives the page back exactly.
    document.body.innerHTML = paragraphs(400);
    const before = document.body.innerHTML;
    const pc2 = createPageConverter(document);
    await pc2.convert(toTw, 'zh-TW');
    const halfway = pc2.restore();
    const again = pc2.convert(toTw, 'zh-TW');
    await halfway;
    await again;
    clock.mockRestore();
    expect(document.body.lastElementChild!.textContent).toBe('第399段發展');
    await pc2.restore();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('splitConverted', () => {
  it('splits same-length output at the original offsets', () => {
    expect(splitConverted(['头', '发'], '頭髮', toTw)).toEqual(['頭', '髮']);
  });

  it('places boundaries after length-changing phrases and never loses text', () => {
    const parts = ['用鼠标', '点击'];
    expect(splitConverted(parts, toTwp(parts.join('')), toTwp)).toEqual(['用滑鼠', '點選']);
    const inside = ['用鼠', '标点击'];
    const pieces = splitConverted(inside, toTwp(inside.join('')), toTwp);
    expect(pieces).toHaveLength(2);
    expect(pieces.join('')).toMatch(/^用.*點選$/);
  });
});

describe('observe', () => {
  it('converts paragraphs inserted later, without looping on its own writes', async () => {
    document.body.innerHTML = '<main><p>头发</p></main>';
    let calls = 0;
    const counting: TextConverter = (s) => {
      calls++;
      return toTw(s);
    };
    const pc = createPageConverter(document);
    await pc.convert(counting, 'zh-TW');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    pc.observe(counting);
    const callsAfterConvert = calls;

    const p = document.createElement('p');
    p.innerHTML = '新<b>闻</b>来了';
    document.querySelector('main')!.appendChild(p);
    await vi.advanceTimersByTimeAsync(150);
    expect(p.innerHTML).toBe('新<b>聞</b>來了');
    const callsAfterInsert = calls;
    expect(callsAfterInsert).toBeGreaterThan(callsAfterConvert);

    // Our writes above produced mutation records; they must not trigger another pass.
    await vi.advanceTimersByTimeAsync(150);
    expect(calls).toBe(callsAfterInsert);

    // A page update of already-converted text is converted again.
    p.querySelector('b')!.firstChild!.textContent = '报';
    await vi.advanceTimersByTimeAsync(150);
    expect(p.innerHTML).toBe('新<b>報</b>來了');

    pc.restore();
    expect(document.body.innerHTML).toBe('<main><p>头发</p><p>新<b>报</b>来了</p></main>');
  });

  it('batches insertions within 100 ms and stops after restore', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main></main>';
    const pc = createPageConverter(document);
    pc.observe(toTw);
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<p>第一段发展</p>');
    main.insertAdjacentHTML('beforeend', '<p>第二段经济</p>');
    await vi.advanceTimersByTimeAsync(100);
    expect(main.innerHTML).toBe('<p>第一段發展</p><p>第二段經濟</p>');

    pc.restore();
    expect(main.innerHTML).toBe('<p>第一段发展</p><p>第二段经济</p>');
    main.insertAdjacentHTML('beforeend', '<p>第三段头发</p>');
    await vi.advanceTimersByTimeAsync(200);
    expect(main.lastElementChild!.textContent).toBe('第三段头发');
  });

  it('ignores insertions into skipped elements', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div data-wenzhai-ui=""></div><textarea></textarea>';
    const pc = createPageConverter(document);
    pc.observe(toTw);
    document.querySelector('[data-wenzhai-ui]')!.innerHTML = '<p>我们的界面</p>';
    await vi.advanceTimersByTimeAsync(200);
    expect(document.querySelector('[data-wenzhai-ui]')!.textContent).toBe('我们的界面');
    pc.restore();
  });
});

describe('convertHtmlFragment', () => {
  it('converts a fragment with the page converter', async () => {
    const html = '<p title="头发">鼠标<b>软件</b></p><code>发</code>';
    expect(await convertHtmlFragment(html, { from: 'cn', to: 'twp' })).toBe(
      '<p title="頭髮">滑鼠<b>軟體</b></p><code>发</code>',
    );
    expect(await convertHtmlFragment('<p>經濟發展</p>', { from: 'auto', to: 'cn' })).toBe('<p>经济发展</p>');
  });
});

describe('splitConverted fallback', () => {
  it('keeps clean boundaries when another boundary splits a phrase', () => {
    // 方便|面 straddles 方便面→泡麵; 用鼠标|点击 is still cut cleanly.
    const parts = ['用鼠标', '点击', '方便', '面'];
    const pieces = splitConverted(parts, toTwp(parts.join('')), toTwp);
    expect(pieces).toHaveLength(4);
    expect(pieces.slice(0, 2)).toEqual(['用滑鼠', '點選']);
    expect(pieces.slice(2).join('')).toMatch(/^方便[面麵]$/);
  });
});
