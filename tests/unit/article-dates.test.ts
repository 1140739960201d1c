import { describe, expect, it } from 'vitest';
import { findPublished, parseDate } from '../../lib/article/dates';
import { parseDocument } from '../../lib/node/dom';

describe('parseDate', () => {
  const cases: [string, string | null][] = [
    ['2025年3月6日 09:30', '2025-03-06T09:30:00+08:00'],
    ['2025年03月06日09:30:15', '2025-03-06T09:30:15+08:00'],
    ['2025-03-06 09:30:00', '2025-03-06T09:30:00+08:00'],
    ['2025-3-6 9:30', '2025-03-06T09:30:00+08:00'],
    ['2025/3/6', '2025-03-06'],
    ['2025.03.06', '2025-03-06'],
    ['2025年3月6日', '2025-03-06'],
    ['2025年3月6号', '2025-03-06'],
    ['民國114年3月6日', '2025-03-06'],
    ['民国114年3月6日 下午2:05', '2025-03-06T14:05:00+08:00'],
    ['114年3月6日', '2025-03-06'],
    ['民國99年12月31日', '2010-12-31'],
    ['114/03/06 14:05', '2025-03-06T14:05:00+08:00'],
    ['2025-03-06T09:30:00Z', '2025-03-06T09:30:00+00:00'],
    ['2025-03-06T09:30:00+0900', '2025-03-06T09:30:00+09:00'],
    ['2025-03-06T09:30:00.123-05:00', '2025-03-06T09:30:00-05:00'],
    ['２０２５年３月６日　０９：３０', '2025-03-06T09:30:00+08:00'],
    ['發布時間：2025-03-06 09:30 來源：新華社', '2025-03-06T09:30:00+08:00'],
    ['2025年2月30日', null],
    ['2025-13-01', null],
    ['25年3月6日', null],
    ['3月6日', null],
    ['沒有日期', null],
    ['版本 1.114.03.06', null],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

const page = (head: string, body = ''): Document =>
  parseDocument(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'https://n.example/a',
  );

describe('findPublished', () => {
  it('prefers meta tags over visible text', () => {
    const doc = page(
      '<meta property="article:published_time" content="2025-03-06T09:30:00+08:00">',
      '<h1>標題</h1><div>2024年1月1日 08:00</div>',
    );
    expect(findPublished(doc, { titleElement: doc.querySelector('h1') })).toBe('2025-03-06T09:30:00+08:00');
  });

  it('reads pubdate / publishdate / og:release_date case-insensitively', () => {
    expect(findPublished(page('<meta name="PubDate" content="2025-03-06 09:30">'))).toBe(
      '2025-03-06T09:30:00+08:00',
    );
    expect(findPublished(page('<meta name="publishdate" content="2025-03-06">'))).toBe('2025-03-06');
    expect(findPublished(page('<meta property="og:release_date" content="2025/3/6">'))).toBe('2025-03-06');
  });

  it('reads JSON-LD datePublished, including @graph', () => {
    const ld =
      '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-03-06T01:30:00Z"}]}';
    expect(findPublished(page(`<script type="application/ld+json">${ld}</script>`))).toBe(
      '2025-03-06T01:30:00+00:00',
    );
    expect(findPublished(page('<script type="application/ld+json">{broken</script>'))).toBeNull();
  });

  it('falls back to the text near the title', () => {
    const doc = page(
      '',
      '<div class="side">2020年1月1日</div><div class="hd"><h1>標題</h1><p>民國114年3月6日 14:05 中央社</p></div>',
    );
    expect(findPublished(doc, { titleElement: doc.querySelector('h1') })).toBe('2025-03-06T14:05:00+08:00');
  });

  it('then dated elements, then the lead paragraphs', () => {
    expect(findPublished(page('', '<span class="pub-date">2025-03-06</span>'))).toBe('2025-03-06');
    expect(findPublished(page('', '<p>x</p>'), { lead: ['本報2025年3月6日訊 內容'] })).toBe('2025-03-06');
    expect(findPublished(page('', '<p>x</p>'))).toBeNull();
  });
});
