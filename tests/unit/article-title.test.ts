// Which side of a separator in <title> / og:title is the headline: the page's own headings and names
// decide before the shape of the title does.
import { describe, expect, it } from 'vitest';
import { extractTitle, stripSiteFromTitle } from '../../lib/article/metadata';
import { parseDocument } from '../../lib/node/dom';

const page = (head: string, body = ''): Document =>
  parseDocument(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'https://www.news.example/a/1.html',
  );

describe('stripSiteFromTitle, without the page to ask', () => {
  it.each([
    // A short column name before a bar is a tag, not the headline.
    ['图说江州| 江州职业学院写春联迎新春', null, [], '江州职业学院写春联迎新春'],
    ['书记市长这一周 | 奋马扬鞭争春色，全力以赴向未来', null, [], '奋马扬鞭争春色，全力以赴向未来'],
    // A short headline before " - " stays, however long the site name after it.
    ['林远舟 - 知海百科，开放的百科全书', null, [], '林远舟'],
    // A host name, or a name the page gives itself, is the site.
    ['海姑娘 | blog.example.com', null, [], '海姑娘'],
    ['颱風 | 南島公共電視台', null, ['南島公共電視台'], '颱風'],
  ])('%s', (raw, site, names, expected) => {
    expect(stripSiteFromTitle(raw, site, names)).toBe(expected);
  });
});

describe('extractTitle takes the side of the title the page prints as its headline', () => {
  it('keeps a column name the <h1> prints with the headline', () => {
    const doc = page(
      '<title>图说江州| 江州职业学院：写春联 迎新春 江州日报网-江州日报官方网站</title>',
      '<div class="top"><a href="/">江州日报网</a></div><h1>图说江州| 江州职业学院：写春联 迎新春</h1><p>正文。</p>',
    );
    const { title, element } = extractTitle(doc, '江州日报官方网站');
    expect(title).toBe('图说江州| 江州职业学院：写春联 迎新春');
    expect(element?.tagName).toBe('H1');
  });

  it('takes the short article name of the <h1>, not the long site name after " - "', () => {
    const doc = page(
      '<title>林远舟 - 知海百科，开放的百科全书</title><meta property="og:title" content="林远舟 - 知海百科，开放的百科全书">',
      '<h1 id="firstHeading">林远舟</h1><h2>目录</h2><p>林远舟，帆船运动员。</p>',
    );
    expect(extractTitle(doc, '知海基金会').title).toBe('林远舟');
  });

  it('never takes a heading that names the site or links home', () => {
    const named = page(
      '<title>知海百科 - 林远舟的航海日记</title><meta property="og:site_name" content="知海百科">',
      '<h1>知海百科</h1><p>正文。</p>',
    );
    expect(extractTitle(named, null).title).toBe('林远舟的航海日记');
    const logo = page(
      '<title>市区新增三条公交线路 - 江州在线</title>',
      '<h1 class="logo"><a href="/">江州在线</a></h1><p>正文。</p>',
    );
    expect(extractTitle(logo, null).title).toBe('市区新增三条公交线路');
  });

  it('does not take a sidebar <h2> that is one word of the title', () => {
    const doc = page('<title>美国 大选 结果揭晓 - 环球在线</title>', '<h2>美国</h2><p>正文。</p>');
    expect(extractTitle(doc, null).title).toBe('美国 大选 结果揭晓');
  });

  it('keeps a dash of the headline when the page prints the whole title, but not a site suffix', () => {
    const title = '对比试车—测试甲车、乙车(图)';
    const printed = page(
      `<title>${title}</title>`,
      `<table><tr><td><strong>${title}</strong></td></tr></table>`,
    );
    expect(extractTitle(printed, null).title).toBe(title);
    const linked = page(`<title>${title}</title>`, `<a href="/a/2.html">${title}</a>`);
    expect(extractTitle(linked, null).title).toBe('对比试车');
    const site = page(
      '<title>港口吞吐量创新高 - 新浪新闻</title>',
      '<span>港口吞吐量创新高 - 新浪新闻</span>',
    );
    expect(extractTitle(site, null).title).toBe('港口吞吐量创新高');
  });
});
