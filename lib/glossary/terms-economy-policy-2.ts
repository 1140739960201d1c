// Glossary data: economic policy slogans, targets and instruments (part 2 of 2).
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const ECONOMY_POLICY_2: readonly GlossaryTerm[] = [
  {
    simplified: '跨周期调节',
    traditional: '跨週期調節',
    pinyin: 'kuà zhōu qī tiáo jié',
    definition:
      'Cross-cyclical adjustment: policy calibrated over a longer horizon than a single cycle, a phrase used from 2020.',
    category: 'economy-policy',
    year: 2020,
  },
  {
    simplified: '降准',
    traditional: '降準',
    pinyin: 'jiàng zhǔn',
    definition:
      "Cutting banks' reserve requirement ratio, a monetary easing tool of the People's Bank of China.",
    category: 'economy-policy',
  },
  {
    simplified: '专项债',
    traditional: '專項債',
    pinyin: 'zhuān xiàng zhài',
    definition:
      'Special-purpose bonds issued by local governments to fund specific revenue-generating projects.',
    category: 'economy-policy',
  },
  {
    simplified: '城投',
    traditional: '城投',
    pinyin: 'chéng tóu',
    definition:
      'Local government financing vehicle: state-owned urban development and investment company used by local governments to borrow for infrastructure.',
    category: 'economy-policy',
  },
  {
    simplified: '城投债',
    traditional: '城投債',
    pinyin: 'chéng tóu zhài',
    definition: 'Bonds issued by local government financing vehicles.',
    category: 'economy-policy',
  },
  {
    simplified: '隐性债务',
    traditional: '隱性債務',
    pinyin: 'yǐn xìng zhài wù',
    definition:
      'Hidden debt: local government liabilities not on official budgets, mainly owed through financing vehicles.',
    category: 'economy-policy',
  },
  {
    simplified: '化债',
    traditional: '化債',
    pinyin: 'huà zhài',
    definition: 'Resolving debt, especially restructuring or refinancing local government hidden debt.',
    category: 'economy-policy',
  },
  {
    simplified: '自贸区',
    traditional: '自貿區',
    pinyin: 'zì mào qū',
    definition: 'Pilot free trade zone; the first opened in Shanghai in 2013.',
    category: 'economy-policy',
    year: 2013,
  },
  {
    simplified: '自贸港',
    traditional: '自貿港',
    pinyin: 'zì mào gǎng',
    definition: 'Free trade port, above all the Hainan Free Trade Port.',
    category: 'economy-policy',
  },
  {
    simplified: '营商环境',
    traditional: '營商環境',
    pinyin: 'yíng shāng huán jìng',
    definition:
      'Business environment: the regulatory and administrative conditions for companies, a common target of reform.',
    category: 'economy-policy',
  },
  {
    simplified: '民营经济',
    traditional: '民營經濟',
    pinyin: 'mín yíng jīng jì',
    definition: 'The private sector of the economy.',
    category: 'economy-policy',
  },
  {
    simplified: '两个毫不动摇',
    traditional: '兩個毫不動搖',
    pinyin: 'liǎng gè háo bù dòng yáo',
    definition:
      'The "two unwaverings": unwaveringly developing the public sector and unwaveringly encouraging and guiding the private sector; from the 16th Party Congress (2002).',
    category: 'economy-policy',
    year: 2002,
  },
  {
    simplified: '国进民退',
    traditional: '國進民退',
    pinyin: 'guó jìn mín tuì',
    definition:
      '"The state advances, the private sector retreats": describes state firms gaining ground at private firms\' expense.',
    category: 'economy-policy',
  },
  {
    simplified: '混改',
    traditional: '混改',
    pinyin: 'hùn gǎi',
    definition: 'Mixed-ownership reform: bringing private or foreign capital into state-owned enterprises.',
    category: 'economy-policy',
  },
  {
    simplified: '央企',
    traditional: '央企',
    pinyin: 'yāng qǐ',
    definition:
      "Central state-owned enterprise, supervised by the State Council's SASAC or other central bodies.",
    category: 'economy-policy',
  },
  {
    simplified: '全国统一大市场',
    traditional: '全國統一大市場',
    pinyin: 'quán guó tǒng yī dà shì chǎng',
    definition:
      '"Unified national market": 2022 policy to remove local protectionism and barriers between regions.',
    category: 'economy-policy',
    year: 2022,
  },
  {
    simplified: '扩大内需',
    traditional: '擴大內需',
    pinyin: 'kuò dà nèi xū',
    definition: 'Expanding domestic demand.',
    category: 'economy-policy',
  },
  {
    simplified: '提振消费',
    traditional: '提振消費',
    pinyin: 'tí zhèn xiāo fèi',
    definition: 'Boosting consumption.',
    category: 'economy-policy',
  },
  {
    simplified: '乡村振兴',
    traditional: '鄉村振興',
    pinyin: 'xiāng cūn zhèn xīng',
    definition: 'Rural revitalisation strategy announced at the 19th Party Congress (2017).',
    category: 'economy-policy',
    year: 2017,
  },
  {
    simplified: '精准扶贫',
    traditional: '精準扶貧',
    pinyin: 'jīng zhǔn fú pín',
    definition:
      'Targeted poverty alleviation: identifying poor households individually; proposed by Xi Jinping in 2013.',
    category: 'economy-policy',
    year: 2013,
  },
  {
    simplified: '脱贫攻坚',
    traditional: '脫貧攻堅',
    pinyin: 'tuō pín gōng jiān',
    definition: 'The campaign to eliminate absolute rural poverty, declared complete in 2021.',
    category: 'economy-policy',
  },
  {
    simplified: '全面小康',
    traditional: '全面小康',
    pinyin: 'quán miàn xiǎo kāng',
    definition:
      'A moderately prosperous society in all respects, the first centenary goal, declared achieved in 2021.',
    category: 'economy-policy',
  },
  {
    simplified: '三农',
    traditional: '三農',
    pinyin: 'sān nóng',
    definition: 'The "three rural issues": agriculture, rural areas and farmers.',
    category: 'economy-policy',
  },
  {
    simplified: '中央一号文件',
    traditional: '中央一號文件',
    pinyin: 'zhōng yāng yī hào wén jiàn',
    definition:
      '"No. 1 Central Document": the first policy document of the year from the Party Central Committee and State Council, devoted to rural issues since 2004.',
    category: 'economy-policy',
  },
  {
    simplified: '耕地红线',
    traditional: '耕地紅線',
    pinyin: 'gēng dì hóng xiàn',
    definition: 'The "red line" of at least 1.8 billion mu (about 120 million hectares) of arable land.',
    category: 'economy-policy',
  },
  {
    simplified: '地摊经济',
    traditional: '地攤經濟',
    pinyin: 'dì tān jīng jì',
    definition:
      '"Street-stall economy": street vending encouraged in 2020 to support jobs after the pandemic.',
    category: 'economy-policy',
    year: 2020,
  },
  {
    simplified: '夜经济',
    traditional: '夜經濟',
    pinyin: 'yè jīng jì',
    definition: 'Night-time economy: evening shopping, dining and entertainment promoted by cities.',
    category: 'economy-policy',
  },
  {
    simplified: '银发经济',
    traditional: '銀髮經濟',
    pinyin: 'yín fà jīng jì',
    definition: '"Silver economy": goods and services for older people.',
    category: 'economy-policy',
  },
  {
    simplified: '首发经济',
    traditional: '首發經濟',
    pinyin: 'shǒu fā jīng jì',
    definition:
      '"Debut economy": first stores, product launches and premieres that cities court to boost consumption.',
    category: 'economy-policy',
    year: 2024,
  },
  {
    simplified: '低空经济',
    traditional: '低空經濟',
    pinyin: 'dī kōng jīng jì',
    definition:
      '"Low-altitude economy": drones, eVTOL aircraft and general aviation in low airspace, promoted as a new industry since 2023.',
    category: 'economy-policy',
  },
  {
    simplified: '未来产业',
    traditional: '未來產業',
    pinyin: 'wèi lái chǎn yè',
    definition:
      '"Future industries" such as quantum technology, biomanufacturing and humanoid robots, targeted by industrial policy.',
    category: 'economy-policy',
  },
  {
    simplified: '战略性新兴产业',
    traditional: '戰略性新興產業',
    pinyin: 'zhàn lüè xìng xīn xīng chǎn yè',
    definition:
      'Strategic emerging industries: sectors such as new energy, new materials and biotechnology singled out for state support.',
    category: 'economy-policy',
  },
  {
    simplified: '中国制造2025',
    traditional: '中國製造2025',
    pinyin: 'zhōng guó zhì zào 2025',
    definition: 'Made in China 2025: 2015 industrial plan to upgrade manufacturing in ten priority sectors.',
    category: 'economy-policy',
    year: 2015,
  },
  {
    simplified: '三期叠加',
    traditional: '三期疊加',
    pinyin: 'sān qī dié jiā',
    definition:
      '"Three overlapping periods": slower growth, painful structural adjustment and absorbing earlier stimulus, used to describe the economy from 2013.',
    category: 'economy-policy',
    year: 2013,
  },
  {
    simplified: '四万亿',
    traditional: '四萬億',
    pinyin: 'sì wàn yì',
    definition: 'The 4-trillion-yuan stimulus package announced in November 2008.',
    category: 'economy-policy',
    year: 2008,
  },
  {
    simplified: '大水漫灌',
    traditional: '大水漫灌',
    pinyin: 'dà shuǐ màn guàn',
    definition: '"Flood irrigation": indiscriminate large-scale stimulus, which officials say they avoid.',
    category: 'economy-policy',
  },
  {
    simplified: '资本无序扩张',
    traditional: '資本無序擴張',
    pinyin: 'zī běn wú xù kuò zhāng',
    definition:
      '"Disorderly expansion of capital": phrase from the December 2020 Central Economic Work Conference, used to justify the regulation of technology platforms.',
    category: 'economy-policy',
    year: 2020,
  },
  {
    simplified: '平台经济',
    traditional: '平台經濟',
    pinyin: 'píng tái jīng jì',
    definition: 'Platform economy: internet platforms for e-commerce, ride-hailing, delivery and the like.',
    category: 'economy-policy',
  },
  {
    simplified: '数字经济',
    traditional: '數字經濟',
    pinyin: 'shù zì jīng jì',
    definition: 'Digital economy (mainland term; Taiwan usually says 數位經濟).',
    category: 'economy-policy',
  },
  {
    simplified: '数据要素',
    traditional: '數據要素',
    pinyin: 'shù jù yào sù',
    definition: 'Data treated as a factor of production alongside land, labour and capital.',
    category: 'economy-policy',
  },
  {
    simplified: '东数西算',
    traditional: '東數西算',
    pinyin: 'dōng shù xī suàn',
    definition:
      '"Eastern data, western computing": 2022 project to build data centres in western regions to serve demand from the east.',
    category: 'economy-policy',
    year: 2022,
  },
];
