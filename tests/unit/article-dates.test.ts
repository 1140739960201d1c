import { describe, expect, it } from 'vitest';
import { inLocalZone, parseDate, parseMonthDay, parseRelative, urlDate } from '../../lib/article/dates';
import { findPublished } from '../../lib/article/published';
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
    // Year last: a 12-hour clock is the US order; otherwise day first unless the second cannot be a month.
    ['9/17/2004 5:54:13 AM', '2004-09-17T05:54:13+08:00'],
    ['7/5/2005 9:23:57 PM', '2005-07-05T21:23:57+08:00'],
    ['1/2/2003 12:05 AM', '2003-01-02T00:05:00+08:00'],
    ['發表時間： 06/02/2022 - 13:48', '2022-02-06T13:48:00+08:00'],
    ['13/02/2022', '2022-02-13'],
    ['02/13/2022', '2022-02-13'],
    ['31/31/2022', null],
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

describe('parseDate without a default zone', () => {
  it('leaves a zone-less local time zone-less, keeps a given zone', () => {
    expect(parseDate('2025-03-06 09:30', '')).toBe('2025-03-06T09:30:00');
    expect(parseDate('2025-03-06T09:30:00Z', '')).toBe('2025-03-06T09:30:00+00:00');
  });
});

describe('urlDate', () => {
  it.each([
    ['http://www.news.example/local/2024-03/05/c_1130001.htm', '2024-03-05'],
    ['https://news.example/c/20240305/doc-abc.shtml', '2024-03-05'],
    ['https://news.example/2024/03/05/story-title/', '2024-03-05'],
    ['https://news.example/gn/2024/0305/10001.shtml', '2024-03-05'],
    ['https://news.example/2024/02/30/x.html', null],
    ['https://news.example/article/1125597921.html', null],
    ['https://news.example/2011/07/a-story.html', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(urlDate(url)).toBe(expected);
  });
});

describe('parseMonthDay', () => {
  it('completes "03月05日 10:20" with the given year', () => {
    expect(parseMonthDay('03月05日 10:20 来源：某网', 2024)).toBe('2024-03-05T10:20:00+08:00');
    expect(parseMonthDay('3月5日', 2024)).toBe('2024-03-05');
    expect(parseMonthDay('2月30日', 2024)).toBeNull();
    expect(parseMonthDay('沒有日期', 2024)).toBeNull();
  });
});

describe('inLocalZone', () => {
  it('re-expresses a UTC instant in the zone of the wall clock the page prints', () => {
    expect(inLocalZone('2022-02-06T12:48:06+00:00', '2022-02-06T13:48:00')).toBe('2022-02-06T13:48:06+01:00');
    expect(inLocalZone('2024-03-05T02:00:00Z'.replace('Z', '+00:00'), '2024-03-05T10:00:00')).toBe(
      '2024-03-05T10:00:00+08:00',
    );
    expect(inLocalZone('2024-03-04T20:30:00+00:00', '2024-03-05T02:00:00')).toBe('2024-03-05T02:00:00+05:30');
  });

  it('refuses times that are not one instant, and a zone the tag already has', () => {
    expect(inLocalZone('2024-03-05T10:00:00+08:00', '2024-03-05T10:07:00')).toBeNull();
    expect(inLocalZone('2024-03-05T10:00:00+08:00', '2024-03-05T10:00:00')).toBeNull();
    expect(inLocalZone('2024-03-05T10:00:00+00:00', '2024-03-07T10:00:00')).toBeNull();
    expect(inLocalZone('2024-03-05', '2024-03-05T10:00:00')).toBeNull();
  });
});

describe("findPublished: which of the page's dates", () => {
  it('takes the dateline over an update line, and skips dates labelled as other events', () => {
    expect(
      findPublished(page('', '<p>x</p>'), {
        around: ['更新时间：2025-03-07 08:00', '出生日期 1985年6月12日', '发布时间：2025-03-06 09:30'],
      }),
    ).toBe('2025-03-06T09:30:00+08:00');
    expect(findPublished(page('', '<p>x</p>'), { around: ['更新时间：2025-03-07 08:00'] })).toBe(
      '2025-03-07T08:00:00+08:00',
    );
  });

  it('does not take a sentence of the story for a dateline', () => {
    const around = ['2017年7月18日，正式加盟某唱片公司并在北京举行签约记者会。'];
    expect(findPublished(page('', '<p>x</p>'), { around })).toBeNull();
  });

  it('lets the URL day outrank a dated element elsewhere and complete a month-day dateline', () => {
    const doc = page('', '<div class="side"><span class="date">2023-12-30</span></div>');
    const url = 'https://news.example/2024-03/05/c_1.htm';
    expect(findPublished(doc, { url })).toBe('2024-03-05');
    expect(findPublished(doc, { url, around: ['03月05日 10:20 来源：某网'] })).toBe(
      '2024-03-05T10:20:00+08:00',
    );
  });

  it('keeps the wall clock the page prints for a UTC meta tag', () => {
    const doc = page('<meta property="article:published_time" content="2022-02-06T12:48:06+00:00">');
    expect(findPublished(doc, { around: ['发表时间： 06/02/2022 - 13:48'] })).toBe(
      '2022-02-06T13:48:06+01:00',
    );
    // An unrelated time is not the same instant: the tag stands.
    expect(findPublished(doc, { around: ['发表时间： 06/02/2022 - 13:41'] })).toBe(
      '2022-02-06T12:48:06+00:00',
    );
  });

  it('reads a CMS midnight as a bare day, which the dateline of that day completes', () => {
    const doc = page('<meta name="PubDate" content="2024-01-28 00:00:00">');
    expect(findPublished(doc)).toBe('2024-01-28');
    expect(findPublished(doc, { around: ['发布日期： 2024年01月28日 09:15'] })).toBe(
      '2024-01-28T09:15:00+08:00',
    );
  });

  it('falls back to a declared modification date before dates in the story', () => {
    const doc = page('<meta name="dateUpdate" content="2024-02-14 10:47:36">', '<p>x</p>');
    expect(findPublished(doc, { lead: ['她1985年6月12日出生于南州。'] })).toBe('2024-02-14T10:47:36+08:00');
  });
});

describe('parseRelative', () => {
  // 2024-03-05 10:30 in UTC+8.
  const now = Date.UTC(2024, 2, 5, 2, 30);
  it.each([
    ['刚刚', '2024-03-05T10:30:00+08:00'],
    ['5分钟前', '2024-03-05T10:25:00+08:00'],
    ['3小時前', '2024-03-05T07:30:00+08:00'],
    ['12小时前', '2024-03-04T22:30:00+08:00'],
    ['2天前', '2024-03-03'],
    ['今天 09:15', '2024-03-05T09:15:00+08:00'],
    ['昨天 23:40', '2024-03-04T23:40:00+08:00'],
    ['前天', '2024-03-03'],
    ['沒有日期', null],
  ])('%s → %s', (text, expected) => {
    expect(parseRelative(text, now)).toBe(expected);
  });

  it('is read from a short dateline only when the caller gives the clock', () => {
    const doc = page('', '<p>x</p>');
    expect(findPublished(doc, { around: ['3小时前 来源：某网'] })).toBeNull();
    expect(findPublished(doc, { around: ['3小时前 来源：某网'], now })).toBe('2024-03-05T07:30:00+08:00');
    const sentence = '三年前他来到这里，3小时前刚刚结束了最后一场演出，记者在后台见到了他。';
    expect(findPublished(doc, { around: [sentence], now })).toBeNull();
  });
});

describe('findPublished: microdata', () => {
  it('reads itemprop=datePublished on <time> and on a plain element', () => {
    expect(
      findPublished(
        page('', '<time itemprop="datePublished" datetime="2024-03-05T10:20:00+08:00">3月5日</time>'),
      ),
    ).toBe('2024-03-05T10:20:00+08:00');
    expect(findPublished(page('', '<span itemprop="datePublished">2024年3月5日 10:20</span>'))).toBe(
      '2024-03-05T10:20:00+08:00',
    );
  });
});
