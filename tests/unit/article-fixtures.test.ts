// Page fixtures: tests/fixtures/articles/<case>/{source.html, expected.json}. Run with UPDATE_FIXTURES=1
// to (re)write expected.json from the current output — then read the diff before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPinyinArtifacts } from '../../lib/article/clean';
import { detectArticle } from '../../lib/article/detect';
import { parseDocument } from '../../lib/node/dom';
import type { Article } from '../../lib/types';

const dir = path.resolve(__dirname, '../fixtures/articles');
const update = process.env.UPDATE_FIXTURES === '1';

// `url` and `now` (the clock for relative datelines, ms) are inputs kept with the expected output.
type Expected = Omit<Article, 'html'> & { url: string; now?: number };

const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')))
  .map((d) => d.name)
  .sort();

describe('article fixtures', () => {
  it('has the required cases', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'home-list',
        'mainland-portal',
        'taiwan-roc',
        'people-style',
        'xinhua-style',
        'sina-style',
        'wechat-hidden',
        'udn-cna',
        'mingpao',
        'table-lazy',
        'paginated',
        'blog-post-stamp',
        'forum-thread',
        'forum-replies',
        'utc-meta-local',
        'asp-us-date',
        'url-month-day',
        'related-links-dated',
        'notice-closing',
        'reference-modified',
        'relative-dateline',
        'reference-tables',
        'notice-info-table',
        'news-data-appendix',
        'print-headline-block',
        'column-tag-title',
        'wiki-short-title',
        // issue 14, one per kind of page that went wrong: 1 comments, 2 WeChat tail, 3–4 feed and
        // notice around a short story, 5 in-body links and ad label, 6 photo post, 7 title separator
        'comment-thread',
        'wechat-tail',
        'feed-short-story',
        'browser-notice',
        'inbody-links-ad',
        'photo-blog',
        'title-separator',
        // a lead photo's caption in a box of its own above the story's container is not its opening
        'lead-photo-caption',
        'photo-in-story',
      ]),
    );
  });

  it.each(cases)('%s', (name) => {
    const expectedPath = path.join(dir, name, 'expected.json');
    const previous = existsSync(expectedPath)
      ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected)
      : null;
    const url = previous?.url ?? `https://fixtures.example/${name}/`;
    const html = readFileSync(path.join(dir, name, 'source.html'), 'utf8');
    const now = previous?.now;
    const { html: body, ...article } = detectArticle(parseDocument(html, url), url, { now });
    const actual: Expected = now === undefined ? { url, ...article } : { url, now, ...article };
    if (update) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      console.info(`[article-fixtures] wrote ${path.relative(process.cwd(), expectedPath)}`);
      return;
    }
    if (!previous) throw new Error(`${name}: no expected.json; run with UPDATE_FIXTURES=1 and review it`);
    expect(actual).toEqual(previous);
    expect(countPinyinArtifacts(article.paragraphs.join(''))).toBe(0);
    if (article.isArticle) expect(body.length).toBeGreaterThan(0);
  });
});
