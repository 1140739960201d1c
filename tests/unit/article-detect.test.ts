import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPinyinArtifacts } from '../../lib/article/clean';
import { blockTexts, detectArticle, findNextPageUrl } from '../../lib/article/detect';
import { parseDocument, parseFragment } from '../../lib/node/dom';
import { nonEmpty } from './non-empty';

// vitest provides __dirname in test modules (import.meta.url is not a file: URL under happy-dom).
const repoRoot = path.resolve(__dirname, '../..');
const demoDir = path.join(repoRoot, 'tests/fixtures/demo');

interface DemoExpected {
  url: string;
  isArticle: boolean;
  title: string;
  byline: string;
  published: string;
  site: string;
  lang: string;
  nextPageUrl: string;
  paragraphs: string[];
  absent: string[];
}

const han = (s: string): string => (s.match(/\p{Script=Han}/gu) ?? []).join('');

describe('detectArticle on the demo page', () => {
  const expected = JSON.parse(readFileSync(path.join(demoDir, 'expected.json'), 'utf8')) as DemoExpected;
  const html = readFileSync(path.join(demoDir, 'news.html'), 'utf8');
  const doc = parseDocument(html, expected.url);
  const before = doc.documentElement.outerHTML;
  const article = detectArticle(doc, expected.url);
  const text = article.paragraphs.join('\n');

  it('finds exactly the article paragraphs, cleaned', () => {
    expect(article.isArticle).toBe(true);
    expect(article.paragraphs).toEqual(expected.paragraphs);
  });

  it('keeps sidebar, comments, navigation, ads, footer and editorial lines out', () => {
    for (const s of nonEmpty(expected.absent)) expect(text, s).not.toContain(s);
  });

  it('leaves no pinyin artifact, in the text or in the html', () => {
    expect(countPinyinArtifacts(text)).toBe(0);
    expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    expect(countPinyinArtifacts(article.html)).toBe(0);
  });

  it('keeps <ruby> in the html but not the annotation in the text', () => {
    expect(article.html).toContain('<ruby>');
    expect(article.html).toContain('<rt>lǐng</rt>');
    expect(text).toContain('支持領航企業');
  });

  it('reads the metadata', () => {
    expect(article.title).toBe(expected.title);
    expect(article.byline).toBe(expected.byline);
    expect(article.published).toBe(expected.published);
    expect(article.site).toBe(expected.site);
    expect(article.lang).toBe(expected.lang);
    expect(article.nextPageUrl).toBe(expected.nextPageUrl);
  });

  it('does not modify the live document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('.comments')).not.toBeNull();
  });
});

describe('helpers', () => {
  it('splits text at blocks and <br>, joining inline elements and source line breaks', () => {
    const { container } = parseFragment(
      '<div>第一段<b>加粗</b>文字<br>第二行</div><p>第三\n段</p><ul><li>甲</li><li> </li></ul><span>丙</span>\n<span>丁</span>',
    );
    expect(blockTexts(container)).toEqual(['第一段加粗文字', '第二行', '第三段', '甲', '丙 丁']);
  });

  it('finds a next-page link and resolves it', () => {
    const doc = parseDocument(
      '<a href="#">下一頁</a><a href="p2.html">下一页 &gt;</a>',
      'https://a.example/x/p1.html',
    );
    expect(findNextPageUrl(doc, 'https://a.example/x/p1.html')).toBe('https://a.example/x/p2.html');
    expect(findNextPageUrl(parseDocument('<a href="p2.html">下一篇</a>'), 'https://a.example/')).toBeNull();
  });

  it('says a near-empty page is not an article and does not throw', () => {
    const short = detectArticle(
      parseDocument('<html><body><p>短。</p></body></html>', 'https://a.example/'),
      'https://a.example/',
    );
    expect(short.isArticle).toBe(false);
    const en = parseDocument('<html lang="en"><body><p>Short.</p></body></html>', 'https://a.example/');
    expect(detectArticle(en, 'https://a.example/')).toMatchObject({ isArticle: false, lang: 'en' });
    const bare = parseDocument('<html><body><p>Short.</p></body></html>', 'https://a.example/');
    expect(detectArticle(bare, 'https://a.example/').lang).toBe('und');
    const empty = detectArticle(parseDocument('', 'https://a.example/'), 'https://a.example/');
    expect(empty.isArticle).toBe(false);
  });
});

// The shared sample article, read at run time and never copied into the project.
const seedPath = path.resolve(repoRoot, '../shared/seed/article.txt');
const seedExists = existsSync(seedPath);
if (!seedExists) console.info(`[article-detect] ${seedPath} absent: seed article test skipped`);

describe('seed article (../shared/seed/article.txt)', () => {
  it.runIf(seedExists)('removes every pinyin artifact and keeps every Han character in order', () => {
    const lines = readFileSync(seedPath, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const page = `<!doctype html><html><head><title>市委常委會會議</title></head><body>
      <nav><a href="/">首頁</a> <a href="/news">新聞</a></nav>
      <div class="article-content">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</div>
      <footer>版權所有</footer></body></html>`;
    const article = detectArticle(
      parseDocument(page, 'https://seed.example/a.html'),
      'https://seed.example/a.html',
    );
    const text = article.paragraphs.join('');
    expect(article.isArticle).toBe(true);
    expect(countPinyinArtifacts(text)).toBe(0);
    expect(countPinyinArtifacts(lines.join(''))).toBeGreaterThan(50);
    // Body = the lines before the first editorial line (原標題 …, 編輯|…), whose pinyin is still raw here.
    const firstMeta = lines.findIndex((l) => /^原標|^原标|^編輯|^编辑/.test(l));
    const body = firstMeta < 0 ? lines : lines.slice(0, firstMeta);
    expect(han(text)).toBe(han(body.join('')));
    expect(text).not.toContain('原標題');
  });
});
