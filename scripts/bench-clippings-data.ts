// Deterministic, realistic-looking Chinese clippings for `npm run bench -- clippings`: news sentences
// assembled from phrases written for this bench (not copied from any corpus), in both scripts.
import { ConverterBuilder } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import type { Clipping } from '../lib/types';

const SUBJECTS = [
  '国务院常务会议',
  '市委常委会',
  '省政府新闻办',
  '国家统计局',
  '外交部发言人',
  '中国人民银行',
  '生态环境部',
  '区人大常委会',
  '港区国安委',
  '行政院',
  '立法会财委会',
  '海关总署',
  '商务部',
  '教育部',
  '国家发展改革委',
  '市场监管总局',
  '交通运输部',
  '卫生健康委',
  '科技部',
  '财政部',
  '工业和信息化部',
  '农业农村部',
];
const VERBS = [
  '研究部署',
  '强调',
  '指出',
  '要求',
  '宣布',
  '公布',
  '召开会议讨论',
  '印发通知推进',
  '发布报告分析',
  '表示将继续',
  '就有关问题回答记者提问时说明',
  '对外介绍',
  '明确提出',
  '审议通过',
];
const OBJECTS = [
  '高质量发展和一季度重点工作',
  '稳就业稳企业稳预期的各项措施',
  '新质生产力发展三年行动方案',
  '城市更新和老旧小区改造',
  '领导干部带头深入基层调研',
  '地方政府专项债券发行使用',
  '外贸进出口总体平稳的态势',
  '粮食生产和春耕备耕',
  '数字经济与实体经济深度融合',
  '生态环境保护督察整改',
  '人工智能产业创新发展',
  '养老服务体系建设',
  '两岸经贸交流合作',
  '防汛抗旱和地质灾害防治',
  '消费品以旧换新政策',
  '优化营商环境二十条措施',
  '居民人均可支配收入实际增长',
  '新能源汽车产销量同比增长',
  '基层减负和作风建设',
  '中小学课后服务',
  '跨境电商综合试验区建设',
  '公共卫生应急管理体系',
  '乡村全面振兴',
  '金融风险防范化解',
];
const TAILS = [
  '，确保各项任务落到实处。',
  '，力争全年经济运行实现良好开局。',
  '，进一步激发市场活力和社会创造力。',
  '。',
  '，回应人民群众急难愁盼问题。',
  '，推动形成更多可复制可推广的经验。',
  '，切实保障和改善民生。',
  '，同比增长百分之五点二。',
  '，并将适时公布后续安排。',
  '，有关部门要加强协调配合。',
];
const SITES = [
  '新华网',
  '人民网',
  '央视新闻',
  '澎湃新闻',
  '财新网',
  '中央社',
  '联合报',
  '明报',
  '香港01',
  '界面新闻',
  '南方都市报',
  '解放日报',
];
const TAGS = ['经济', '政治', '外交', '社会', '科技', '环境', '两岸', '香港', '教育', '考试', '待读', '重要'];

/** Mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateClippings(count: number, seed = 6): Clipping[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const toTw = ConverterBuilder(Locale)({ from: 'cn', to: 'tw' });
  const sentence = (): string => {
    const n = 100 + Math.floor(random() * 9000);
    const figure = random() < 0.3 ? `今年以来累计完成${n}亿元` : '';
    return `${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}${figure}${pick(TAILS)}`;
  };
  const paragraph = (sentences: number): string => Array.from({ length: sentences }, sentence).join('');
  const start = Date.UTC(2024, 0, 1);
  const out: Clipping[] = [];
  for (let i = 1; i <= count; i++) {
    const article = random() < 0.3;
    const traditional = random() < 0.4;
    const conv = (s: string) => (traditional ? toTw(s) : s);
    const text = article
      ? Array.from({ length: 4 + Math.floor(random() * 8) }, () =>
          paragraph(2 + Math.floor(random() * 4)),
        ).join('\n\n')
      : sentence().slice(0, 20 + Math.floor(random() * 120));
    const title = conv(`${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}`);
    const savedAt = start + i * 3_600_000 + Math.floor(random() * 1000);
    const converted = conv(text);
    out.push({
      id: i,
      url: `https://news${i % 40}.example.cn/${2024 + (i % 2)}/${i}.html`,
      canonicalUrl: null,
      title,
      site: pick(SITES),
      byline: random() < 0.5 ? conv(`记者 ${pick(['王明', '李华', '陈静', '张伟'])}`) : null,
      published: new Date(savedAt - 86_400_000).toISOString(),
      kind: article ? 'article' : 'selection',
      text: converted,
      html: article
        ? converted
            .split('\n\n')
            .map((p) => `<p>${p}</p>`)
            .join('')
        : '',
      script: traditional ? 'zh-Hant' : 'zh-Hans',
      anchor: article
        ? null
        : { exact: converted, prefix: '', suffix: '', position: Math.floor(random() * 2000) },
      sentence: article ? '' : converted,
      note: random() < 0.1 ? conv(`复习：${pick(OBJECTS)}`) : '',
      tags: random() < 0.3 ? [pick(TAGS), pick(TAGS)].filter((t, k, a) => a.indexOf(t) === k) : [],
      savedAt,
      updatedAt: savedAt,
    });
  }
  return out;
}

/** Queries a reader would type: words and phrases from the material, in both scripts, and one char. */
export const QUERIES = [
  '领导',
  '領導',
  '高质量发展',
  '高質量發展',
  '新质生产力',
  '城市更新',
  '老舊小區',
  '专项债券',
  '兩岸',
  '香港',
  '人工智能',
  '粮食生产',
  '营商环境二十条',
  '消費品以舊換新',
  '同比增长百分之五点二',
  '国务院 外贸',
  '党',
  '稳',
  '防汛抗旱',
  '可支配收入',
  '跨境电商',
  '作风建设',
  '课后服务',
  '金融风险防范化解',
  '行政院',
  '复习',
  '经济',
  '发展',
  '不存在的词语组合',
  '生态环境保护督察',
];
