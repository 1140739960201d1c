// Glossary data: Party and state bodies, meetings, plans and regional strategies (part 2 of 2).
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const INSTITUTIONS_2: readonly GlossaryTerm[] = [
  {
    simplified: '双区',
    traditional: '雙區',
    pinyin: 'shuāng qū',
    definition:
      'Shenzhen\'s "two zones": the Guangdong–Hong Kong–Macao Greater Bay Area and the pilot demonstration zone.',
    category: 'institutions',
  },
  {
    simplified: '双城联动',
    traditional: '雙城聯動',
    pinyin: 'shuāng chéng lián dòng',
    definition:
      '"Twin-city coordination": joint development of two cities, in Guangdong above all Guangzhou and Shenzhen.',
    category: 'institutions',
  },
  {
    simplified: '粤港澳大湾区',
    traditional: '粵港澳大灣區',
    pinyin: 'yuè gǎng ào dà wān qū',
    definition:
      'Guangdong–Hong Kong–Macao Greater Bay Area: Hong Kong, Macao and nine Pearl River Delta cities.',
    category: 'institutions',
  },
  {
    simplified: '大湾区',
    traditional: '大灣區',
    pinyin: 'dà wān qū',
    definition: 'Short for the Guangdong–Hong Kong–Macao Greater Bay Area.',
    category: 'institutions',
  },
  {
    simplified: '雄安新区',
    traditional: '雄安新區',
    pinyin: 'xióng ān xīn qū',
    definition:
      "Xiong'an New Area: new city in Hebei launched in 2017 to take non-capital functions from Beijing.",
    category: 'institutions',
    year: 2017,
  },
  {
    simplified: '京津冀',
    traditional: '京津冀',
    pinyin: 'jīng jīn jì',
    definition: 'The Beijing–Tianjin–Hebei region, subject of a coordinated development strategy.',
    category: 'institutions',
  },
  {
    simplified: '长三角',
    traditional: '長三角',
    pinyin: 'cháng sān jiǎo',
    definition: 'Yangtze River Delta region (Shanghai, Jiangsu, Zhejiang, Anhui).',
    category: 'institutions',
  },
  {
    simplified: '成渝双城经济圈',
    traditional: '成渝雙城經濟圈',
    pinyin: 'chéng yú shuāng chéng jīng jì quān',
    definition: 'Chengdu–Chongqing twin-city economic circle, a regional strategy announced in 2020.',
    category: 'institutions',
    year: 2020,
  },
  {
    simplified: '长江经济带',
    traditional: '長江經濟帶',
    pinyin: 'cháng jiāng jīng jì dài',
    definition:
      'Yangtze River Economic Belt, a regional development strategy for provinces along the Yangtze.',
    category: 'institutions',
  },
  {
    simplified: '国家级新区',
    traditional: '國家級新區',
    pinyin: 'guó jiā jí xīn qū',
    definition:
      "State-level new area: development zone approved by the State Council, such as Pudong or Xiong'an.",
    category: 'institutions',
  },
  {
    simplified: '中央军委',
    traditional: '中央軍委',
    pinyin: 'zhōng yāng jūn wěi',
    definition: 'Central Military Commission, which commands the armed forces.',
    category: 'institutions',
  },
  {
    simplified: '深改委',
    traditional: '深改委',
    pinyin: 'shēn gǎi wěi',
    definition:
      'Central Commission for Comprehensively Deepening Reform, upgraded from a leading group in 2018.',
    category: 'institutions',
    year: 2018,
  },
  {
    simplified: '中央国安委',
    traditional: '中央國安委',
    pinyin: 'zhōng yāng guó ān wěi',
    definition: 'Central National Security Commission, set up in 2014.',
    category: 'institutions',
    year: 2014,
  },
  {
    simplified: '统战部',
    traditional: '統戰部',
    pinyin: 'tǒng zhàn bù',
    definition:
      'United Front Work Department of the CCP, handling relations with non-Party groups, religion, ethnic affairs and overseas Chinese.',
    category: 'institutions',
  },
  {
    simplified: '中组部',
    traditional: '中組部',
    pinyin: 'zhōng zǔ bù',
    definition: 'Organisation Department of the CCP Central Committee, which manages senior personnel.',
    category: 'institutions',
  },
  {
    simplified: '中宣部',
    traditional: '中宣部',
    pinyin: 'zhōng xuān bù',
    definition: 'Publicity (Propaganda) Department of the CCP Central Committee.',
    category: 'institutions',
  },
  {
    simplified: '网信办',
    traditional: '網信辦',
    pinyin: 'wǎng xìn bàn',
    definition:
      'Cyberspace Administration of China (or a local cyberspace affairs office), the internet regulator.',
    category: 'institutions',
  },
  {
    simplified: '应急管理部',
    traditional: '應急管理部',
    pinyin: 'yìng jí guǎn lǐ bù',
    definition: 'Ministry of Emergency Management, created in 2018.',
    category: 'institutions',
    year: 2018,
  },
  {
    simplified: '退役军人事务部',
    traditional: '退役軍人事務部',
    pinyin: 'tuì yì jūn rén shì wù bù',
    definition: 'Ministry of Veterans Affairs, created in 2018.',
    category: 'institutions',
    year: 2018,
  },
  {
    simplified: '国家医保局',
    traditional: '國家醫保局',
    pinyin: 'guó jiā yī bǎo jú',
    definition: 'National Healthcare Security Administration, which runs public medical insurance.',
    category: 'institutions',
    year: 2018,
  },
  {
    simplified: '国家数据局',
    traditional: '國家數據局',
    pinyin: 'guó jiā shù jù jú',
    definition: 'National Data Administration, created in 2023.',
    category: 'institutions',
    year: 2023,
  },
  {
    simplified: '卫健委',
    traditional: '衛健委',
    pinyin: 'wèi jiàn wěi',
    definition: 'Health commission; nationally the National Health Commission, created in 2018.',
    category: 'institutions',
    year: 2018,
  },
  {
    simplified: '市场监管总局',
    traditional: '市場監管總局',
    pinyin: 'shì chǎng jiān guǎn zǒng jú',
    definition: 'State Administration for Market Regulation, created in 2018.',
    category: 'institutions',
    year: 2018,
  },
  {
    simplified: '两高',
    traditional: '兩高',
    pinyin: 'liǎng gāo',
    definition:
      'The Supreme People\'s Court and the Supreme People\'s Procuratorate; in energy policy also "two highs" projects with high energy consumption and high emissions.',
    category: 'institutions',
  },
  {
    simplified: '最高检',
    traditional: '最高檢',
    pinyin: 'zuì gāo jiǎn',
    definition: "Supreme People's Procuratorate.",
    category: 'institutions',
  },
  {
    simplified: '最高法',
    traditional: '最高法',
    pinyin: 'zuì gāo fǎ',
    definition: "Supreme People's Court.",
    category: 'institutions',
  },
  {
    simplified: '北戴河会议',
    traditional: '北戴河會議',
    pinyin: 'běi dài hé huì yì',
    definition: 'Informal summer gathering of Chinese leaders at the seaside resort of Beidaihe.',
    category: 'institutions',
  },
  {
    simplified: '一府一委两院',
    traditional: '一府一委兩院',
    pinyin: 'yī fǔ yī wěi liǎng yuàn',
    definition:
      "The government, supervisory commission, court and procuratorate at each level, all answerable to the people's congress.",
    category: 'institutions',
    year: 2018,
  },
];
