// Glossary data: foreign policy, trade disputes, security and maritime disputes (part 1 of 2).
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const DIPLOMACY_SECURITY_1: readonly GlossaryTerm[] = [
  {
    simplified: '一带一路',
    traditional: '一帶一路',
    pinyin: 'yī dài yī lù',
    definition:
      "Belt and Road Initiative: China's programme, launched in 2013, of infrastructure and trade links across Asia, Europe, Africa and beyond.",
    category: 'diplomacy-security',
    year: 2013,
  },
  {
    simplified: '人类命运共同体',
    traditional: '人類命運共同體',
    pinyin: 'rén lèi mìng yùn gòng tóng tǐ',
    definition:
      '"Community with a shared future for mankind": Xi Jinping\'s signature foreign-policy concept.',
    category: 'diplomacy-security',
  },
  {
    simplified: '全球发展倡议',
    traditional: '全球發展倡議',
    pinyin: 'quán qiú fā zhǎn chàng yì',
    definition: 'Global Development Initiative, proposed by Xi Jinping at the UN in 2021.',
    category: 'diplomacy-security',
    year: 2021,
  },
  {
    simplified: '全球安全倡议',
    traditional: '全球安全倡議',
    pinyin: 'quán qiú ān quán chàng yì',
    definition: 'Global Security Initiative, proposed by Xi Jinping in 2022.',
    category: 'diplomacy-security',
    year: 2022,
  },
  {
    simplified: '全球文明倡议',
    traditional: '全球文明倡議',
    pinyin: 'quán qiú wén míng chàng yì',
    definition: 'Global Civilisation Initiative, proposed by Xi Jinping in 2023.',
    category: 'diplomacy-security',
    year: 2023,
  },
  {
    simplified: '全球治理倡议',
    traditional: '全球治理倡議',
    pinyin: 'quán qiú zhì lǐ chàng yì',
    definition: 'Global Governance Initiative, proposed by Xi Jinping in 2025.',
    category: 'diplomacy-security',
    year: 2025,
  },
  {
    simplified: '总体国家安全观',
    traditional: '總體國家安全觀',
    pinyin: 'zǒng tǐ guó jiā ān quán guān',
    definition:
      '"Holistic approach to national security": 2014 doctrine covering political, economic, cultural, technological and other forms of security.',
    category: 'diplomacy-security',
    year: 2014,
  },
  {
    simplified: '全民国家安全教育日',
    traditional: '全民國家安全教育日',
    pinyin: 'quán mín guó jiā ān quán jiào yù rì',
    definition: 'National Security Education Day, 15 April, observed since 2016.',
    category: 'diplomacy-security',
    year: 2016,
  },
  {
    simplified: '战狼外交',
    traditional: '戰狼外交',
    pinyin: 'zhàn láng wài jiāo',
    definition:
      '"Wolf warrior diplomacy": confrontational style of some Chinese diplomats, named after the Wolf Warrior films.',
    category: 'diplomacy-security',
  },
  {
    simplified: '大国外交',
    traditional: '大國外交',
    pinyin: 'dà guó wài jiāo',
    definition: "Major-country diplomacy, official name for China's foreign policy as a great power.",
    category: 'diplomacy-security',
  },
  {
    simplified: '元首外交',
    traditional: '元首外交',
    pinyin: 'yuán shǒu wài jiāo',
    definition: 'Head-of-state diplomacy: summits and personal contacts between national leaders.',
    category: 'diplomacy-security',
  },
  {
    simplified: '主场外交',
    traditional: '主場外交',
    pinyin: 'zhǔ chǎng wài jiāo',
    definition: '"Home-court diplomacy": summits and forums hosted by China.',
    category: 'diplomacy-security',
  },
  {
    simplified: '核心利益',
    traditional: '核心利益',
    pinyin: 'hé xīn lì yì',
    definition: '"Core interests": issues Beijing says are non-negotiable, such as sovereignty over Taiwan.',
    category: 'diplomacy-security',
  },
  {
    simplified: '一个中国原则',
    traditional: '一個中國原則',
    pinyin: 'yī gè zhōng guó yuán zé',
    definition:
      "One-China principle: Beijing's position that there is one China, of which Taiwan is a part, represented by the PRC.",
    category: 'diplomacy-security',
  },
  {
    simplified: '一中政策',
    traditional: '一中政策',
    pinyin: 'yī zhōng zhèng cè',
    definition:
      "One-China policy, especially that of the United States, which acknowledges but does not endorse Beijing's position on Taiwan.",
    category: 'diplomacy-security',
  },
  {
    simplified: '长臂管辖',
    traditional: '長臂管轄',
    pinyin: 'cháng bì guǎn xiá',
    definition:
      '"Long-arm jurisdiction": application of a country\'s laws, especially US sanctions, to foreign entities.',
    category: 'diplomacy-security',
  },
  {
    simplified: '实体清单',
    traditional: '實體清單',
    pinyin: 'shí tǐ qīng dān',
    definition:
      'Entity List: US export-control list of foreign firms barred from receiving certain goods and technology without a licence.',
    category: 'diplomacy-security',
  },
  {
    simplified: '不可靠实体清单',
    traditional: '不可靠實體清單',
    pinyin: 'bù kě kào shí tǐ qīng dān',
    definition:
      "China's Unreliable Entity List of foreign firms subject to trade and investment restrictions.",
    category: 'diplomacy-security',
  },
  {
    simplified: '反外国制裁法',
    traditional: '反外國制裁法',
    pinyin: 'fǎn wài guó zhì cái fǎ',
    definition:
      'Anti-Foreign Sanctions Law of 2021, allowing countermeasures against those involved in foreign sanctions on China.',
    category: 'diplomacy-security',
    year: 2021,
  },
  {
    simplified: '反间谍法',
    traditional: '反間諜法',
    pinyin: 'fǎn jiàn dié fǎ',
    definition: 'Counter-Espionage Law, enacted in 2014 and broadened in 2023.',
    category: 'diplomacy-security',
    year: 2014,
  },
  {
    simplified: '数据安全法',
    traditional: '數據安全法',
    pinyin: 'shù jù ān quán fǎ',
    definition: 'Data Security Law of 2021, regulating data processing and cross-border data transfers.',
    category: 'diplomacy-security',
    year: 2021,
  },
  {
    simplified: '个人信息保护法',
    traditional: '個人信息保護法',
    pinyin: 'gè rén xìn xī bǎo hù fǎ',
    definition: 'Personal Information Protection Law of 2021.',
    category: 'diplomacy-security',
    year: 2021,
  },
  {
    simplified: '网络安全法',
    traditional: '網絡安全法',
    pinyin: 'wǎng luò ān quán fǎ',
    definition: 'Cybersecurity Law, passed in 2016 and in force from 2017.',
    category: 'diplomacy-security',
    year: 2016,
  },
  {
    simplified: '出口管制',
    traditional: '出口管制',
    pinyin: 'chū kǒu guǎn zhì',
    definition: 'Export controls.',
    category: 'diplomacy-security',
  },
  {
    simplified: '双反',
    traditional: '雙反',
    pinyin: 'shuāng fǎn',
    definition: 'Anti-dumping and countervailing (anti-subsidy) investigations or duties together.',
    category: 'diplomacy-security',
  },
  {
    simplified: '对等关税',
    traditional: '對等關稅',
    pinyin: 'duì děng guān shuì',
    definition: 'Reciprocal tariffs, especially those announced by the United States in April 2025.',
    category: 'diplomacy-security',
    year: 2025,
  },
];
