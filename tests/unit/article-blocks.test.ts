// The Chinese-tuned detector's parts: line scoring, the body run, html (tables, lazy images, ruby),
// hidden WeChat bodies, lists, other languages, and waiting for client-rendered content.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectArticle, locateArticle } from '../../lib/article/detect';
import { collectLines } from '../../lib/article/lines';
import { isBoilerplateLine, isMetadataLine, isSectionStop } from '../../lib/article/lines-filter';
import { bestRun, groupedScores, lineScore } from '../../lib/article/score';
import { waitForArticle } from '../../lib/article/wait';
import { parseDocument } from '../../lib/node/dom';
import { nonEmpty } from './non-empty';

const fixture = (name: string): string =>
  readFileSync(path.resolve(__dirname, '../fixtures/articles', name, 'source.html'), 'utf8');
const prose = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>第${i + 1}段：市政府今天召开会议，研究部署城市更新、交通治理和公共服务等多项工作，要求各部门抓好落实。</p>`,
  ).join('');

describe('line scoring', () => {
  it('scores prose above zero and link rows and labels below', () => {
    const doc = parseDocument(
      `<body><ul><li><a href="/a">首页</a></li></ul><p>会议指出，要加强统筹协调，确保各项任务按期完成，让群众有更多获得感。</p><div>分享</div></body>`,
    );
    const [nav, para, label] = collectLines(doc.body).map(lineScore);
    expect(nav).toBeLessThan(0);
    expect(para).toBeGreaterThan(0);
    expect(label).toBeLessThan(0);
  });

  it('keeps a short Chinese paragraph that prose surrounds (Readability drops under 25 chars)', () => {
    const doc = parseDocument(`<body><nav><a href="/">首页</a> <a href="/b">新闻</a></nav>
      <div class="content">${prose(2)}<p>他说：“好。”</p>${prose(2)}</div>
      <div class="related"><a href="/x">相关新闻一</a><a href="/y">相关新闻二</a></div></body>`);
    const article = detectArticle(doc, 'https://a.example/');
    expect(article.isArticle).toBe(true);
    expect(article.paragraphs).toContain('他说：“好。”');
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs.join('')).not.toMatch(/首页|相关新闻/);
  });

  it('finds the largest-sum run', () => {
    expect(bestRun([-1, 3, -1, 4, -10, 2])).toEqual({ start: 1, end: 3, sum: 6 });
    expect(bestRun([-1, -2])).toBeNull();
  });
});

describe('body html', () => {
  it('keeps tables, figure captions and lazy-loaded images with absolute sources', () => {
    const url = 'https://news.example/a/b.html';
    const article = detectArticle(parseDocument(fixture('table-lazy'), url), url);
    expect(article.html).toContain('<table>');
    expect(article.html).toContain('<td>15200</td>');
    expect(article.html).toContain('src="https://news.example/photos/jobfair.jpg"');
    expect(article.html).toContain('src="https://img.example/chart.png"');
    expect(article.html).toContain('<figcaption>三月举行的春季招聘会现场。</figcaption>');
    expect(article.html).not.toMatch(/grey\.gif|热门推荐|网友评论/);
    expect(article.paragraphs).toContain('东城区 15200 6.1%');
  });

  it('reads a WeChat body that is hidden until scripts run, without the toolbar', () => {
    const url = 'https://mp.weixin.qq.com/s/abc';
    const article = detectArticle(parseDocument(fixture('wechat-hidden'), url), url);
    expect(article.isArticle).toBe(true);
    expect(article.html).toContain('src="https://mmbiz.example/books.jpg"');
    expect(article.paragraphs.join('')).not.toMatch(/预览时标签不可点|阅读原文|扫一扫/);
  });

  it('never mutates the live document', () => {
    for (const name of [
      'table-lazy',
      'wechat-hidden',
      'sina-style',
      'paginated',
      'reference-tables',
      'notice-info-table',
    ]) {
      const doc = parseDocument(fixture(name), 'https://a.example/');
      const before = doc.documentElement.outerHTML;
      detectArticle(doc, 'https://a.example/');
      expect(doc.documentElement.outerHTML, name).toBe(before);
    }
  });

  it('locates the body element range in the page', () => {
    const doc = parseDocument(fixture('sina-style'), 'https://a.example/');
    const loc = locateArticle(doc);
    expect(loc?.container.id).toBe('artibody');
  });
});

describe('pages that are not articles, and other languages', () => {
  it('says isArticle false on a headline list and returns no junk paragraphs', () => {
    const items = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/n${i}">第${i}条新闻标题：某地举行活动</a> 03-0${i % 9}</li>`,
    ).join('');
    const doc = parseDocument(`<title>新闻中心</title><body><ul class="list">${items}</ul></body>`);
    const article = detectArticle(doc, 'https://a.example/');
    expect(article.isArticle).toBe(false);
  });

  it('gives an English page a sensible result', () => {
    const para = (s: string): string =>
      `<p>${s} The council met on Tuesday to discuss the budget, and members agreed to revisit the transport plan next month after a public consultation.</p>`;
    const doc = parseDocument(
      `<html lang="en"><title>Council agrees budget - The Daily</title><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><h1>Council agrees budget</h1>${para('One.')}${para('Two.')}${para('Three.')}</article><footer>© The Daily</footer></body></html>`,
    );
    const article = detectArticle(doc, 'https://daily.example/a');
    expect(article).toMatchObject({ isArticle: true, title: 'Council agrees budget', lang: 'en' });
    expect(article.paragraphs).toHaveLength(3);
  });
});

describe('waitForArticle', () => {
  // Fake timers: the bound and the quiet period are the code's timers, not the machine's speed.
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for a body a script inserts after load', async () => {
    vi.useFakeTimers();
    const doc = parseDocument(
      '<title>加载</title><body><div id="app">加载中</div></body>',
      'https://a.example/',
    );
    setTimeout(() => {
      doc.getElementById('app')!.innerHTML = prose(4);
    }, 50);
    const waiting = waitForArticle(doc, 'https://a.example/', detectArticle, {
      timeoutMs: 2000,
      quietMs: 20,
    });
    let article: Awaited<typeof waiting> | undefined;
    void waiting.then((a) => {
      article = a;
    });
    // Found once the page has been quiet for 20 ms after the insertion, long before the bound.
    await vi.advanceTimersByTimeAsync(100);
    expect(article?.isArticle).toBe(true);
    expect(article?.paragraphs).toHaveLength(4);
  });

  it('gives up within the bound and returns what it found', async () => {
    vi.useFakeTimers();
    const doc = parseDocument('<body><p>短。</p></body>', 'https://a.example/');
    let settled = false;
    const waiting = waitForArticle(doc, 'https://a.example/', detectArticle, { timeoutMs: 100 }).then((a) => {
      settled = true;
      return a;
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect((await waiting).isArticle).toBe(false);
  });
});

describe('lines joined by <br>', () => {
  const scores = (cell: string): number[] => {
    const doc = parseDocument(`<body><div>${cell}</div></body>`);
    return groupedScores(collectLines(doc.body));
  };

  it('score a dated headline list in one cell as an index', () => {
    const list = Array.from({ length: 6 }, (_, i) => `河边的旧书店(${i + 1})(2004/10/10 17:06)`).join('<br>');
    for (const s of nonEmpty(scores(list))) expect(s).toBeLessThan(0);
  });

  it('do not score a post that mentions three dates as an index', () => {
    const post = [
      '我们2019年3月5日第一次来到这个村子，那时路还没有修好，进村要走一个多小时的山路。',
      '2020年6月1日，村里的小学重新开学，孩子们第一次用上了新的课桌和图书室。',
      '到了2023年9月1日，第一批在村里读完小学的孩子考上了县里的中学，全村人都来送他们。',
    ].join('<br>');
    for (const s of nonEmpty(scores(post))) expect(s).toBeGreaterThan(0);
  });
});

describe('editorial lines', () => {
  it('takes post stamps for metadata, and dated sentences of the story for body', () => {
    expect(isMetadataLine('本贴由山间明月于2024年8月12日16:12:21在〖家长交流〗发表.', '')).toBe(true);
    expect(isMetadataLine('发表于 2024年3月15日 12:40 - (阅读:372;评论:6)', '')).toBe(true);
    expect(isMetadataLine('一、管制时间为2024年2月1日至2024年4月30日，每日0时至24时。', '')).toBe(false);
    expect(isMetadataLine('发布时间：2024-03-05 10:20 来源：某网', '')).toBe(true);
  });

  it('stops the story at a notice heading or a related-links heading', () => {
    expect(isSectionStop('郑 重 声 明')).toBe(true);
    expect(isSectionStop('相关链接')).toBe(true);
    expect(isSectionStop('相關連結')).toBe(true);
  });

  it('drops a bare back link', () => {
    expect(isBoilerplateLine('← 返回')).toBe(true);
    expect(isBoilerplateLine('返回列表')).toBe(true);
    expect(isBoilerplateLine('返回家乡的路上，他一直没有说话。')).toBe(false);
  });
});

describe('dated lines', () => {
  it('keep a Chinese timeline paragraph as prose, and a row of dated paths as an index', () => {
    const doc = parseDocument(
      '<body><p>2016年4月14日，工厂接待室发生冲突。2017年2月17日，一审开庭宣判，当事人没有上诉的打算，家人四处奔走请律师。2017年6月23日，二审改判，社会各界对这一结果进行了广泛的讨论。</p>' +
        '<p>/uploads/2018/10/26/a.jpg /uploads/2018/10/27/b.jpg /uploads/2018/10/28/c.jpg</p></body>',
    );
    const [timeline, paths] = collectLines(doc.body).map((l) => lineScore(l));
    expect(timeline).toBeGreaterThan(0);
    expect(paths).toBeLessThan(0);
  });
});
