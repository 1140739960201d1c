// Glossary data: administrative reforms and local governance.
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const GOVERNANCE: readonly GlossaryTerm[] = [
  {
    simplified: '河长制',
    traditional: '河長制',
    pinyin: 'hé zhǎng zhì',
    definition:
      '"River chief" system: named officials are made responsible for the protection of particular rivers; rolled out nationally from 2016.',
    category: 'governance',
    year: 2016,
  },
  {
    simplified: '湖长制',
    traditional: '湖長制',
    pinyin: 'hú zhǎng zhì',
    definition:
      '"Lake chief" system: officials made responsible for particular lakes, extending the river chief system.',
    category: 'governance',
  },
  {
    simplified: '林长制',
    traditional: '林長制',
    pinyin: 'lín zhǎng zhì',
    definition:
      '"Forest chief" system: officials made responsible for protecting forests and grassland in their area.',
    category: 'governance',
  },
  {
    simplified: '链长制',
    traditional: '鏈長制',
    pinyin: 'liàn zhǎng zhì',
    definition:
      '"Chain chief" system: senior local officials assigned responsibility for developing a particular industrial chain.',
    category: 'governance',
  },
  {
    simplified: '放管服',
    traditional: '放管服',
    pinyin: 'fàng guǎn fú',
    definition:
      'State Council reform programme: delegating powers, combining delegation with effective regulation, and improving government services.',
    category: 'governance',
  },
  {
    simplified: '简政放权',
    traditional: '簡政放權',
    pinyin: 'jiǎn zhèng fàng quán',
    definition:
      'Streamlining administration and delegating power, e.g. cutting approval requirements for businesses.',
    category: 'governance',
  },
  {
    simplified: '一网通办',
    traditional: '一網通辦',
    pinyin: 'yī wǎng tōng bàn',
    definition:
      '"One-network service": handling government services through a single online portal; launched in Shanghai in 2018.',
    category: 'governance',
    year: 2018,
  },
  {
    simplified: '一网统管',
    traditional: '一網統管',
    pinyin: 'yī wǎng tǒng guǎn',
    definition:
      '"One network for unified management": Shanghai\'s integrated digital platform for running city operations.',
    category: 'governance',
  },
  {
    simplified: '最多跑一次',
    traditional: '最多跑一次',
    pinyin: 'zuì duō pǎo yī cì',
    definition:
      '"At most one trip": Zhejiang reform from late 2016 aiming to let residents complete government procedures with at most one visit.',
    category: 'governance',
  },
  {
    simplified: '跨省通办',
    traditional: '跨省通辦',
    pinyin: 'kuà shěng tōng bàn',
    definition: 'Allowing government services to be handled across provincial boundaries.',
    category: 'governance',
  },
  {
    simplified: '证照分离',
    traditional: '證照分離',
    pinyin: 'zhèng zhào fēn lí',
    definition:
      'Separating operating permits from the business licence so firms can register before obtaining sector permits.',
    category: 'governance',
  },
  {
    simplified: '接诉即办',
    traditional: '接訴即辦',
    pinyin: 'jiē sù jí bàn',
    definition:
      '"Respond as soon as a complaint is received": Beijing\'s system since 2019 for handling residents\' complaints via the 12345 hotline.',
    category: 'governance',
    year: 2019,
  },
  {
    simplified: '吹哨报到',
    traditional: '吹哨報到',
    pinyin: 'chuī shào bào dào',
    definition:
      '"Whistle-blowing and reporting for duty": Beijing mechanism letting sub-districts summon city departments to solve local problems.',
    category: 'governance',
    year: 2018,
  },
  {
    simplified: '网格化管理',
    traditional: '網格化管理',
    pinyin: 'wǎng gé huà guǎn lǐ',
    definition:
      'Grid management: dividing urban and rural communities into small grids, each with staff who monitor and report local matters.',
    category: 'governance',
  },
  {
    simplified: '网格员',
    traditional: '網格員',
    pinyin: 'wǎng gé yuán',
    definition: 'Grid worker: community staff member responsible for one grid under grid management.',
    category: 'governance',
  },
  {
    simplified: '枫桥经验',
    traditional: '楓橋經驗',
    pinyin: 'fēng qiáo jīng yàn',
    definition:
      '"Fengqiao experience": resolving disputes locally without passing them upward, named after Fengqiao in Zhejiang and endorsed by Mao in 1963.',
    category: 'governance',
    year: 1963,
  },
  {
    simplified: '基层治理',
    traditional: '基層治理',
    pinyin: 'jī céng zhì lǐ',
    definition: 'Grassroots governance at township, sub-district, village and community level.',
    category: 'governance',
  },
  {
    simplified: '基层减负',
    traditional: '基層減負',
    pinyin: 'jī céng jiǎn fù',
    definition: 'Reducing the burden of meetings, paperwork and inspections on grassroots officials.',
    category: 'governance',
  },
  {
    simplified: '层层加码',
    traditional: '層層加碼',
    pinyin: 'céng céng jiā mǎ',
    definition:
      'Each lower level of government adding stricter requirements to a directive than the level above.',
    category: 'governance',
  },
  {
    simplified: '过紧日子',
    traditional: '過緊日子',
    pinyin: 'guò jǐn rì zi',
    definition: '"Living on a tight budget": instruction to government bodies to cut non-essential spending.',
    category: 'governance',
  },
  {
    simplified: '容错纠错',
    traditional: '容錯糾錯',
    pinyin: 'róng cuò jiū cuò',
    definition: 'Mechanisms for tolerating and correcting honest mistakes by officials carrying out reforms.',
    category: 'governance',
  },
  {
    simplified: '懒政',
    traditional: '懶政',
    pinyin: 'lǎn zhèng',
    definition: '"Lazy governance": officials\' inaction or shirking of duties.',
    category: 'governance',
  },
  {
    simplified: '扫黑除恶',
    traditional: '掃黑除惡',
    pinyin: 'sǎo hēi chú è',
    definition:
      'Campaign against organised crime and local "evil forces", run nationally from 2018 to 2020 and since institutionalised.',
    category: 'governance',
    year: 2018,
  },
  {
    simplified: '依法治国',
    traditional: '依法治國',
    pinyin: 'yī fǎ zhì guó',
    definition: '"Governing the country according to law", one of the Four Comprehensives.',
    category: 'governance',
  },
  {
    simplified: '负面清单',
    traditional: '負面清單',
    pinyin: 'fù miàn qīng dān',
    definition:
      'Negative list: sectors closed or restricted to investment or market entry; everything not listed is open.',
    category: 'governance',
  },
  {
    simplified: '权力清单',
    traditional: '權力清單',
    pinyin: 'quán lì qīng dān',
    definition:
      "Power list: published list of a government body's powers, meant to limit actions outside it.",
    category: 'governance',
  },
  {
    simplified: '信访',
    traditional: '信訪',
    pinyin: 'xìn fǎng',
    definition: '"Letters and visits": China\'s petition system for complaints to government offices.',
    category: 'governance',
  },
  {
    simplified: '维稳',
    traditional: '維穩',
    pinyin: 'wéi wěn',
    definition: '"Stability maintenance": efforts by authorities to prevent protests and unrest.',
    category: 'governance',
  },
  {
    simplified: '社会信用体系',
    traditional: '社會信用體系',
    pinyin: 'shè huì xìn yòng tǐ xì',
    definition:
      'Social credit system: government and market schemes for rating and recording the trustworthiness of firms and individuals.',
    category: 'governance',
  },
  {
    simplified: '失信被执行人',
    traditional: '失信被執行人',
    pinyin: 'shī xìn bèi zhí xíng rén',
    definition:
      'Judgment defaulter: person listed by courts for failing to comply with a judgment, facing travel and spending restrictions.',
    category: 'governance',
  },
  {
    simplified: '老赖',
    traditional: '老賴',
    pinyin: 'lǎo lài',
    definition: 'Colloquial term for a judgment defaulter who refuses to pay debts.',
    category: 'governance',
  },
  {
    simplified: '环保督察',
    traditional: '環保督察',
    pinyin: 'huán bǎo dū chá',
    definition:
      "Central environmental inspections: inspection teams checking provinces' and firms' compliance with environmental policy.",
    category: 'governance',
  },
  {
    simplified: '村两委',
    traditional: '村兩委',
    pinyin: 'cūn liǎng wěi',
    definition:
      "The two village committees: the village Party branch committee and the villagers' committee.",
    category: 'governance',
  },
  {
    simplified: '一肩挑',
    traditional: '一肩挑',
    pinyin: 'yī jiān tiāo',
    definition:
      'One person holding both the village Party secretary post and the village committee head post.',
    category: 'governance',
  },
  {
    simplified: '驻村第一书记',
    traditional: '駐村第一書記',
    pinyin: 'zhù cūn dì yī shū jì',
    definition:
      'Official sent from a higher-level body to serve as first Party secretary of a village, mainly for poverty alleviation.',
    category: 'governance',
  },
  {
    simplified: '积分落户',
    traditional: '積分落戶',
    pinyin: 'jī fēn luò hù',
    definition: 'Points-based system for obtaining urban household registration (hukou) in large cities.',
    category: 'governance',
  },
  {
    simplified: '新型城镇化',
    traditional: '新型城鎮化',
    pinyin: 'xīn xíng chéng zhèn huà',
    definition:
      '"New-type urbanisation": people-centred urbanisation policy set out in a 2014 national plan.',
    category: 'governance',
    year: 2014,
  },
  {
    simplified: '城市更新',
    traditional: '城市更新',
    pinyin: 'chéng shì gēng xīn',
    definition: 'Urban renewal: redevelopment of old neighbourhoods, industrial sites and infrastructure.',
    category: 'governance',
  },
  {
    simplified: '海绵城市',
    traditional: '海綿城市',
    pinyin: 'hǎi mián chéng shì',
    definition: '"Sponge city": urban design that absorbs and reuses rainwater to reduce flooding.',
    category: 'governance',
  },
  {
    simplified: '厕所革命',
    traditional: '廁所革命',
    pinyin: 'cè suǒ gé mìng',
    definition:
      '"Toilet revolution": campaign since 2015 to improve toilets at tourist sites and in rural areas.',
    category: 'governance',
    year: 2015,
  },
  {
    simplified: '机构改革',
    traditional: '機構改革',
    pinyin: 'jī gòu gǎi gé',
    definition: 'Reorganisation of Party and state bodies, notably the rounds of 2018 and 2023.',
    category: 'governance',
  },
  {
    simplified: '街道办',
    traditional: '街道辦',
    pinyin: 'jiē dào bàn',
    definition: 'Sub-district office: the lowest level of urban government administration.',
    category: 'governance',
  },
];
