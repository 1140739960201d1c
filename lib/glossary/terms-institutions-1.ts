// Glossary data: Party and state bodies, meetings, plans and regional strategies (part 1 of 2).
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const INSTITUTIONS_1: readonly GlossaryTerm[] = [
  {
    simplified: '两会',
    traditional: '兩會',
    pinyin: 'liǎng huì',
    definition:
      'The "two sessions": the annual March plenary meetings of the National People\'s Congress and the CPPCC (also held at local level).',
    category: 'institutions',
  },
  {
    simplified: '人大',
    traditional: '人大',
    pinyin: 'rén dà',
    definition:
      "People's Congress, especially the National People's Congress; also short for Renmin University of China.",
    category: 'institutions',
  },
  {
    simplified: '全国人大',
    traditional: '全國人大',
    pinyin: 'quán guó rén dà',
    definition: "National People's Congress, the PRC's legislature.",
    category: 'institutions',
  },
  {
    simplified: '人大常委会',
    traditional: '人大常委會',
    pinyin: 'rén dà cháng wěi huì',
    definition: "Standing Committee of a People's Congress, which legislates between plenary sessions.",
    category: 'institutions',
  },
  {
    simplified: '政协',
    traditional: '政協',
    pinyin: 'zhèng xié',
    definition: "Chinese People's Political Consultative Conference (CPPCC), an advisory body.",
    category: 'institutions',
  },
  {
    simplified: '全国政协',
    traditional: '全國政協',
    pinyin: 'quán guó zhèng xié',
    definition: 'National Committee of the CPPCC.',
    category: 'institutions',
  },
  {
    simplified: '政协委员',
    traditional: '政協委員',
    pinyin: 'zhèng xié wěi yuán',
    definition: 'Member of a CPPCC committee.',
    category: 'institutions',
  },
  {
    simplified: '中央政治局',
    traditional: '中央政治局',
    pinyin: 'zhōng yāng zhèng zhì jú',
    definition: 'Political Bureau (Politburo) of the CCP Central Committee.',
    category: 'institutions',
  },
  {
    simplified: '中央政治局常委会',
    traditional: '中央政治局常委會',
    pinyin: 'zhōng yāng zhèng zhì jú cháng wěi huì',
    definition: "Politburo Standing Committee, the CCP's top decision-making body.",
    category: 'institutions',
  },
  {
    simplified: '政治局常委',
    traditional: '政治局常委',
    pinyin: 'zhèng zhì jú cháng wěi',
    definition: 'Member of the Politburo Standing Committee.',
    category: 'institutions',
  },
  {
    simplified: '政治局集体学习',
    traditional: '政治局集體學習',
    pinyin: 'zhèng zhì jú jí tǐ xué xí',
    definition: 'Politburo collective study session, usually with an invited expert lecture.',
    category: 'institutions',
  },
  {
    simplified: '国务院常务会议',
    traditional: '國務院常務會議',
    pinyin: 'guó wù yuàn cháng wù huì yì',
    definition: 'Executive meeting of the State Council, chaired by the premier.',
    category: 'institutions',
  },
  {
    simplified: '国常会',
    traditional: '國常會',
    pinyin: 'guó cháng huì',
    definition: 'Short for the State Council executive meeting.',
    category: 'institutions',
  },
  {
    simplified: '中纪委',
    traditional: '中紀委',
    pinyin: 'zhōng jì wěi',
    definition: "Central Commission for Discipline Inspection (CCDI), the CCP's anti-corruption body.",
    category: 'institutions',
  },
  {
    simplified: '国家监委',
    traditional: '國家監委',
    pinyin: 'guó jiā jiān wěi',
    definition:
      'National Supervisory Commission, the state anti-corruption body created in 2018, working jointly with the CCDI.',
    category: 'institutions',
    year: 2018,
  },
  {
    simplified: '纪检监察',
    traditional: '紀檢監察',
    pinyin: 'jì jiǎn jiān chá',
    definition: 'Discipline inspection and supervision: the combined Party and state anti-corruption system.',
    category: 'institutions',
  },
  {
    simplified: '国资委',
    traditional: '國資委',
    pinyin: 'guó zī wěi',
    definition:
      'State-owned Assets Supervision and Administration Commission (SASAC), which oversees central state firms.',
    category: 'institutions',
    year: 2003,
  },
  {
    simplified: '发改委',
    traditional: '發改委',
    pinyin: 'fā gǎi wěi',
    definition: 'National Development and Reform Commission (or a local development and reform commission).',
    category: 'institutions',
  },
  {
    simplified: '证监会',
    traditional: '證監會',
    pinyin: 'zhèng jiān huì',
    definition:
      'China Securities Regulatory Commission (in Hong Kong: the Securities and Futures Commission).',
    category: 'institutions',
  },
  {
    simplified: '金融监管总局',
    traditional: '金融監管總局',
    pinyin: 'jīn róng jiān guǎn zǒng jú',
    definition:
      'National Financial Regulatory Administration, created in 2023 to replace the banking and insurance regulator.',
    category: 'institutions',
    year: 2023,
  },
  {
    simplified: '中央经济工作会议',
    traditional: '中央經濟工作會議',
    pinyin: 'zhōng yāng jīng jì gōng zuò huì yì',
    definition:
      "Central Economic Work Conference, held each December to set the next year's economic priorities.",
    category: 'institutions',
  },
  {
    simplified: '中央金融工作会议',
    traditional: '中央金融工作會議',
    pinyin: 'zhōng yāng jīn róng gōng zuò huì yì',
    definition:
      'Central Financial Work Conference, a high-level meeting on finance held about every five years.',
    category: 'institutions',
  },
  {
    simplified: '政府工作报告',
    traditional: '政府工作報告',
    pinyin: 'zhèng fǔ gōng zuò bào gào',
    definition: 'Government work report delivered by the premier at the annual NPC session.',
    category: 'institutions',
  },
  {
    simplified: '十四五',
    traditional: '十四五',
    pinyin: 'shí sì wǔ',
    definition: 'The 14th Five-Year Plan period, 2021–2025.',
    category: 'institutions',
    year: 2021,
  },
  {
    simplified: '十三五',
    traditional: '十三五',
    pinyin: 'shí sān wǔ',
    definition: 'The 13th Five-Year Plan period, 2016–2020.',
    category: 'institutions',
    year: 2016,
  },
  {
    simplified: '十五五',
    traditional: '十五五',
    pinyin: 'shí wǔ wǔ',
    definition: 'The 15th Five-Year Plan period, 2026–2030.',
    category: 'institutions',
    year: 2026,
  },
  {
    simplified: '十二五',
    traditional: '十二五',
    pinyin: 'shí èr wǔ',
    definition: 'The 12th Five-Year Plan period, 2011–2015.',
    category: 'institutions',
    year: 2011,
  },
  {
    simplified: '先行示范区',
    traditional: '先行示範區',
    pinyin: 'xiān xíng shì fàn qū',
    definition:
      'Pilot demonstration zone of socialism with Chinese characteristics: status given to Shenzhen in 2019.',
    category: 'institutions',
    year: 2019,
  },
];
