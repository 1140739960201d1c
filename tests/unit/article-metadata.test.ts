import { describe, expect, it } from 'vitest';
import {
  bylineFromText,
  extractByline,
  extractMetadata,
  extractSite,
  extractTitle,
  stripSiteFromTitle,
} from '../../lib/article/metadata';
import { parseDocument } from '../../lib/node/dom';

const page = (head: string, body = '', url = 'https://www.news.example/a/1.html'): Document =>
  parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);

describe('stripSiteFromTitle', () => {
  it.each([
    ['國務院常務會議召開 - 新浪新闻', null, '國務院常務會議召開'],
    ['国务院常务会议召开_网易新闻', null, '国务院常务会议召开'],
    ['国务院常务会议召开__商贸_产业资讯_新浪网', null, '国务院常务会议召开'],
    ['港府公布財政預算 | 明報', '明報', '港府公布財政預算'],
    ['明報 | 港府公布財政預算案全文', '明報', '港府公布財政預算案全文'],
    ['東川推出十條措施-中新網', null, '東川推出十條措施'],
    ['COVID-19 疫苗接種計劃', null, 'COVID-19 疫苗接種計劃'],
    ['沒有分隔符的標題', null, '沒有分隔符的標題'],
  ])('%s', (raw, site, expected) => {
    expect(stripSiteFromTitle(raw, site)).toBe(expected);
  });
});

describe('extractTitle', () => {
  it('prefers og:title, and an h1 that says the same', () => {
    const doc = page(
      '<title>標題甲 - 某某網</title><meta property="og:title" content="標題甲">',
      '<h1>標題甲</h1>',
    );
    const { title, element } = extractTitle(doc, '某某網');
    expect(title).toBe('標題甲');
    expect(element?.tagName).toBe('H1');
  });

  it('does not take a logo h1 for the headline', () => {
    const doc = page(
      '<title>市政府召開常務會議研究民生實事_江州新聞網</title>',
      '<h1>江州新聞網</h1><h2>市政府召開常務會議研究民生實事</h2>',
    );
    const { title, element } = extractTitle(doc, null);
    expect(title).toBe('市政府召開常務會議研究民生實事');
    expect(element?.tagName).toBe('H2');
  });

  it('falls back to the h1 when there is no <title>', () => {
    expect(extractTitle(page('', '<h1> 只有 h1 </h1>'), null).title).toBe('只有 h1');
  });
});

describe('extractSite', () => {
  it('reads og:site_name, JSON-LD publisher, the title, then the host name', () => {
    expect(extractSite(page('<meta property="og:site_name" content="江州新聞網">'))).toBe('江州新聞網');
    const ld = '{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"台灣新報"}}';
    expect(extractSite(page(`<script type="application/ld+json">${ld}</script>`))).toBe('台灣新報');
    expect(extractSite(page('<title>某新聞_新闻中心_华夏网</title>'))).toBe('华夏网');
    expect(extractSite(page('<title>無站名</title>'))).toBe('news.example');
  });
});

describe('bylines', () => {
  it.each([
    ['江州日報訊 記者林曉峰 通訊員陳思遠報道：3月5日，會議召開。', '記者林曉峰 通訊員陳思遠'],
    ['佛山日報訊 記者于祥華 通訊員史偉報道:昨日,會議召開。', '記者于祥華 通訊員史偉'],
    ['新华社北京3月6日电（记者张华、李明）记者从有关部门获悉', '记者张华、李明'],
    ['（中央社記者王大明台北6日電）縣政府今天宣布', '中央社記者王大明'],
    ['（中央社記者林小華、陳大文華盛頓5日專電）美國政府', '中央社記者林小華、陳大文'],
    ['【明報專訊】政府昨日公布', '明報'],
    ['作者：張三 2025-03-06', '張三'],
    ['来源：新华社 2025-03-06 09:30', '新华社'],
    ['一段沒有署名的文字。', null],
  ])('%s', (line, expected) => {
    expect(bylineFromText([line])).toBe(expected);
  });

  it('prefers meta author, then JSON-LD author, then visible text', () => {
    expect(
      extractByline(page('<meta name="author" content="李四">', '<p class="info">作者：張三</p>'), null),
    ).toBe('李四');
    const ld = '{"@type":"NewsArticle","author":[{"@type":"Person","name":"王五"},{"name":"趙六"}]}';
    expect(extractByline(page(`<script type="application/ld+json">${ld}</script>`), null)).toBe('王五、趙六');
    expect(extractByline(page('', '<div class="article-info">来源：人民日报</div>'), null)).toBe('人民日报');
    expect(extractByline(page('<meta name="author" content="https://x.example/u/1">'), null)).toBeNull();
  });
});

describe('extractMetadata', () => {
  it('puts it together and leaves the document as it was', () => {
    const doc = page(
      '<title>標題乙 | 某報</title><meta property="og:site_name" content="某報">',
      '<div class="hd"><h1>標題乙</h1><span class="time">2025年3月6日 09:30</span></div><p>正文。</p>',
    );
    const before = doc.documentElement.outerHTML;
    expect(extractMetadata(doc)).toMatchObject({
      title: '標題乙',
      site: '某報',
      published: '2025-03-06T09:30:00+08:00',
      byline: null,
    });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a life span is not a publication date', () => {
  it('skips "（1982年3月8日－）" by the title and in the lead, and still reads a real dateline', () => {
    const lead = '周南星（1982年3月8日－），南州人，民谣歌手、词曲作者。';
    const doc = page('<title>周南星 - 百科</title>', `<h1>周南星</h1><p>${lead}</p>`);
    const url = 'https://baike.example/item/1';
    expect(extractMetadata(doc, url, [lead]).published).toBeNull();
    const spans = '陈某（1901年2月1日—1980年5月2日），作家。';
    expect(
      extractMetadata(page('<title>陈某</title>', `<h1>陈某</h1><p>${spans}</p>`), url, [spans]).published,
    ).toBeNull();
    const dated = page('<title>周南星</title>', `<h1>周南星</h1><p>发布时间：2024年3月1日</p><p>${lead}</p>`);
    expect(extractMetadata(dated, url, [lead]).published).toBe('2024-03-01');
  });
});
