// Tables and lists that belong to the body (lib/article/extend.ts): taken after the prose and, for a
// document-information table or a headline block printed in the text, above it; navigation, contents
// and related lists left out.
import { describe, expect, it } from 'vitest';
import { detectArticle, locateArticle } from '../../lib/article/detect';
import { collectLines } from '../../lib/article/lines';
import { parseDocument } from '../../lib/node/dom';

const prose = [
  '市统计局今天发布前三季度经济数据，全市地区生产总值同比增长百分之五点二，增速比上半年加快零点三个百分点。',
  '从产业看，服务业增长较快，信息传输和软件服务业增加值增长百分之十一，成为拉动增长的主要力量。',
  '统计局新闻发言人表示，四季度将继续落实各项稳增长措施，推动全年目标任务顺利完成。',
]
  .map((p) => `<p>${p}</p>`)
  .join('');
const table = (rows: string[][], link = false): string =>
  `<table>${rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td>${link ? `<a href="/w/${encodeURIComponent(c)}">${c}</a>` : c}</td>`).join('')}</tr>`,
    )
    .join('')}</table>`;
const districts = table([
  ['区', '增速'],
  ['东城区', '5.6%'],
  ['西城区', '4.9%'],
  ['南湖区', '5.1%'],
]);
const related =
  '<ul><li><a href="/a">前三季度居民收入稳步增长</a></li><li><a href="/b">全市消费市场持续回暖</a></li><li><a href="/c">工业生产保持平稳</a></li></ul>';
const page = (inner: string): Document =>
  parseDocument(
    `<html><head><title>前三季度全市经济数据发布</title></head><body><div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div><div class="article">${inner}</div><div class="footer">版权所有</div></body></html>`,
    'https://a.example/n/1.html',
  );
const body = (doc: Document): string[] => detectArticle(doc, 'https://a.example/n/1.html').paragraphs;

describe('tables and lists after the prose', () => {
  it('takes a heading with the data table and the notes list under it, and stops at related links', () => {
    const paragraphs = body(
      page(`${prose}<h3>附：各区增速</h3>${districts}<ul><li>注：增速按可比价格计算。</li></ul>${related}`),
    );
    expect(paragraphs.slice(3)).toEqual([
      '附：各区增速',
      '区 增速',
      '东城区 5.6%',
      '西城区 4.9%',
      '南湖区 5.1%',
      '注：增速按可比价格计算。',
    ]);
    expect(paragraphs.join('')).not.toContain('居民收入');
  });

  it('keeps the table in the html and leaves the related list out of it', () => {
    const doc = page(`${prose}<h3>附：各区增速</h3>${districts}${related}`);
    const { html } = detectArticle(doc, 'https://a.example/n/1.html');
    expect(html).toContain('<table>');
    expect(html).toContain('南湖区');
    expect(html).not.toContain('消费市场');
  });

  it('leaves a heading out when nothing it heads is taken', () => {
    const paragraphs = body(page(`${prose}<h3>相关报道</h3>${related}`));
    expect(paragraphs).toHaveLength(3);
  });

  it('stops at a comments heading even when a list follows it', () => {
    const paragraphs = body(
      page(`${prose}${districts}<h3>网友评论</h3><ul><li>数据很详细，希望明年继续保持。</li></ul>`),
    );
    expect(paragraphs.join('')).toContain('南湖区');
    expect(paragraphs.join('')).not.toContain('网友评论');
    expect(paragraphs.join('')).not.toContain('明年继续');
  });

  it('does not take a link list, however it is laid out', () => {
    const grid = table(
      [
        ['东城新闻', '西城新闻', '南湖新闻'],
        ['高新区新闻', '开发区新闻', '滨江新闻'],
      ],
      true,
    );
    const paragraphs = body(page(`${prose}<h3>各区频道</h3>${grid}`));
    expect(paragraphs).toHaveLength(3);
  });

  it('steps over one labelled box between two tables, not over a row of them', () => {
    const box = (name: string): string =>
      `<div class="navbox"><a href="/x">${name}甲</a> · <a href="/y">${name}乙</a> · <a href="/z">${name}丙</a></div>`;
    const second = table([
      ['月份', '用电量'],
      ['七月', '41亿千瓦时'],
      ['八月', '43亿千瓦时'],
    ]);
    const one = body(page(`${prose}<h3>各区增速</h3>${districts}${box('区县')}<h3>用电量</h3>${second}`));
    expect(one.join('')).toContain('八月 43亿千瓦时');
    expect(one.join('')).not.toContain('区县甲');
    const two = body(
      page(`${prose}<h3>各区增速</h3>${districts}${box('区县')}${box('部门')}<h3>用电量</h3>${second}`),
    );
    expect(two.join('')).toContain('南湖区');
    expect(two.join('')).not.toContain('八月');
  });

  it('reads the prose, not the tables, to say whether the page is an article', () => {
    const big = table(Array.from({ length: 80 }, (_, i) => [`第${i + 1}期`, `节目${i + 1}`, `嘉宾${i + 1}`]));
    const doc = page(`${prose}<h2>节目列表</h2>${big}`);
    const article = detectArticle(doc, 'https://a.example/n/1.html');
    expect(article.isArticle).toBe(true);
    expect(article.paragraphs.at(-1)).toBe('第80期 节目80 嘉宾80');
    const loc = locateArticle(doc);
    expect(loc && loc.last > loc.end).toBe(true);
  });
});

describe('a document-information table above the text', () => {
  const info = (copy: string): string =>
    `<table class="${copy}"><tr><td>索 引 号：</td><td>00123/2024-00088</td><td>分 类：</td><td>城乡建设;通知</td></tr><tr><td>发文机关：</td><td>南州市人民政府</td><td>成文日期：</td><td>2024年03月01日</td></tr></table>`;
  const notice = `<div class="text"><div>南州市人民政府关于<br>做好春季植树工作的通知</div><div>南府发〔2024〕5号</div><div>各区人民政府，市政府各部门：</div><div>　　为做好今年春季植树工作，改善城市生态环境，现将有关事项通知如下：各区要在三月底前完成植树任务，市园林部门负责技术指导，确保苗木成活。</div><div>南州市人民政府</div><div>2024年3月1日</div></div>`;

  it('takes the nearest copy of the table, with the title lines and number under it', () => {
    const paragraphs = body(page(`${info('print')}<div>${info('screen')}</div>${notice}`));
    expect(paragraphs.slice(0, 5)).toEqual([
      '索 引 号： 00123/2024-00088 分 类： 城乡建设;通知',
      '发文机关： 南州市人民政府 成文日期： 2024年03月01日',
      '南州市人民政府关于',
      '做好春季植树工作的通知',
      '南府发〔2024〕5号',
    ]);
    expect(paragraphs.filter((p) => p.includes('索 引 号'))).toHaveLength(1);
    expect(paragraphs.at(-1)).toBe('2024年3月1日');
  });

  it('takes no table without "label：" cells, or with links between it and the text', () => {
    const plain = table([
      ['南州', '晴'],
      ['东海', '多云'],
      ['北川', '小雨'],
    ]);
    expect(body(page(`${plain}${notice}`))[0]).toBe('各区人民政府，市政府各部门：');
    const linked = `${info('screen')}<div class="text"><div><a href="/print">打印本页</a> <a href="/close">关闭</a></div></div>${notice}`;
    expect(body(page(linked)).join('')).not.toContain('索 引 号');
  });
});

describe('a headline block printed in the text', () => {
  const title = '前三季度全市经济数据发布';

  it('keeps kicker, headline and subtitle that open the container; leaves the heading and reporters out', () => {
    const doc = page(
      `<h1>${title}</h1><p><strong>经济运行稳中向好</strong></p><p><strong>${title}</strong></p><p>服务业增速领跑三大产业</p><p>本报记者 张明</p>${prose}`,
    );
    const { paragraphs, html } = detectArticle(doc, 'https://a.example/n/1.html');
    expect(paragraphs.slice(0, 3)).toEqual(['经济运行稳中向好', title, '服务业增速领跑三大产业']);
    expect(paragraphs[3]).toMatch(/^市统计局/);
    expect(paragraphs.filter((p) => p === title)).toHaveLength(1);
    expect(paragraphs.join('')).not.toContain('张明');
    expect(html).toContain('经济运行稳中向好');
    expect(html).not.toContain('<h1>');
  });

  it('drops a lone repeat of the title: it adds nothing to the title reported apart', () => {
    expect(body(page(`<p><strong>${title}</strong></p>${prose}`))).toHaveLength(3);
  });

  it('takes no short lines that do not repeat the title (a column tag, an author)', () => {
    expect(body(page(`<p>【经济观察】</p><p>张明</p>${prose}`))).toHaveLength(3);
  });

  it('takes none that does not open the container (more short lines than a headline has)', () => {
    const lines = ['图表', '经济运行稳中向好', '工业生产平稳', title].map((t) => `<div>${t}</div>`).join('');
    const paragraphs = body(page(`${lines}${prose}`));
    expect(paragraphs).toHaveLength(3);
  });
});

describe('the body html', () => {
  it('leaves no empty shells of tables and lists whose lines were all left out', () => {
    const info = `<table><tr><td>索 引 号：</td><td>00123/2024-00088</td></tr><tr><td>发文机关：</td><td>南州市人民政府</td></tr><tr><td>成文日期：</td><td>2024年03月01日</td></tr></table>`;
    const doc = page(
      `${info}<div>${info}</div><div class="text"><div>各区人民政府：</div><div>　　为做好今年春季植树工作，改善城市生态环境，现将有关事项通知如下：各区要在三月底前完成植树任务，市园林部门负责技术指导，确保苗木成活。</div></div><div><ul><li><a href="/p">打印</a></li></ul></div>`,
    );
    const { html, paragraphs } = detectArticle(doc, 'https://a.example/n/1.html');
    expect(paragraphs[0]).toContain('索 引 号');
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(ul|tr|tbody|div)><\/\1>/);
    expect(html).toContain('春季植树');
  });
});

describe('text a parser left inside a table', () => {
  it('ignores text directly in table, tbody and tr (a browser never leaves it there)', () => {
    const doc = parseDocument(
      '<body><table><tr><td>东城区</td><td>5.6%</td></tr><script>var rows = 2;</script></table></body>',
    );
    const texts = collectLines(doc.body).map((l) => l.text.trim());
    expect(texts).toEqual(['东城区', '5.6%']);
  });
});
