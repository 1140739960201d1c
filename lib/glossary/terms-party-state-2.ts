// Glossary data: CCP formulas, campaigns and discipline vocabulary (part 2 of 2).
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const PARTY_STATE_2: readonly GlossaryTerm[] = [
  {
    simplified: '党中央',
    traditional: '黨中央',
    pinyin: 'dǎng zhōng yāng',
    definition: 'The CCP Central Committee, used in news as shorthand for the central Party leadership.',
    category: 'party-state',
  },
  {
    simplified: '三中全会',
    traditional: '三中全會',
    pinyin: 'sān zhōng quán huì',
    definition:
      'Third plenary session of a CCP Central Committee; several (1978, 2013, 2024) set out major reform programmes.',
    category: 'party-state',
  },
  {
    simplified: '二十大',
    traditional: '二十大',
    pinyin: 'èr shí dà',
    definition: "The CCP's 20th National Congress, held in October 2022.",
    category: 'party-state',
    year: 2022,
  },
  {
    simplified: '十九大',
    traditional: '十九大',
    pinyin: 'shí jiǔ dà',
    definition: "The CCP's 19th National Congress, held in October 2017.",
    category: 'party-state',
    year: 2017,
  },
  {
    simplified: '党代会',
    traditional: '黨代會',
    pinyin: 'dǎng dài huì',
    definition: 'Party congress: a national or local congress of CCP delegates that elects Party committees.',
    category: 'party-state',
  },
  {
    simplified: '党员干部',
    traditional: '黨員幹部',
    pinyin: 'dǎng yuán gàn bù',
    definition:
      'Party-member officials: cadres who are CCP members, the usual addressees of Party discipline and education campaigns.',
    category: 'party-state',
  },
  {
    simplified: '领导干部',
    traditional: '領導幹部',
    pinyin: 'lǐng dǎo gàn bù',
    definition: 'Leading cadres: officials holding leadership posts in Party, state or public bodies.',
    category: 'party-state',
  },
  {
    simplified: '党管干部',
    traditional: '黨管幹部',
    pinyin: 'dǎng guǎn gàn bù',
    definition:
      '"The Party manages cadres": principle that the CCP controls appointment and management of officials.',
    category: 'party-state',
  },
  {
    simplified: '关键少数',
    traditional: '關鍵少數',
    pinyin: 'guān jiàn shǎo shù',
    definition:
      '"The critical few": CCP phrase for leading officials, whose conduct is held to set the tone for everyone else.',
    category: 'party-state',
  },
  {
    simplified: '政治站位',
    traditional: '政治站位',
    pinyin: 'zhèng zhì zhàn wèi',
    definition:
      '"Political standpoint": official jargon for approaching work from the political height and priorities set by the Party leadership.',
    category: 'party-state',
  },
  {
    simplified: '政治生态',
    traditional: '政治生態',
    pinyin: 'zhèng zhì shēng tài',
    definition:
      '"Political ecology": the overall climate of conduct and integrity within a Party or government body.',
    category: 'party-state',
  },
  {
    simplified: '第一议题',
    traditional: '第一議題',
    pinyin: 'dì yī yì tí',
    definition:
      '"First agenda item" system: Party committees begin meetings by studying Xi Jinping\'s latest speeches and instructions.',
    category: 'party-state',
  },
  {
    simplified: '三会一课',
    traditional: '三會一課',
    pinyin: 'sān huì yī kè',
    definition:
      'Basic CCP branch routine: branch general meetings, branch committee meetings, Party group meetings, and Party lectures.',
    category: 'party-state',
  },
  {
    simplified: '红色基因',
    traditional: '紅色基因',
    pinyin: 'hóng sè jī yīn',
    definition: '"Red gene": the revolutionary heritage the CCP says should be passed on to new generations.',
    category: 'party-state',
  },
  {
    simplified: '以人民为中心',
    traditional: '以人民為中心',
    pinyin: 'yǐ rén mín wéi zhōng xīn',
    definition: '"People-centred": official description of the Party\'s development philosophy.',
    category: 'party-state',
  },
  {
    simplified: '人民至上',
    traditional: '人民至上',
    pinyin: 'rén mín zhì shàng',
    definition: '"The people above all": official slogan, used prominently during the COVID-19 response.',
    category: 'party-state',
  },
  {
    simplified: '全过程人民民主',
    traditional: '全過程人民民主',
    pinyin: 'quán guò chéng rén mín mín zhǔ',
    definition:
      "\"Whole-process people's democracy\": Xi Jinping's 2019 term for China's political system, stressing consultation throughout decision-making.",
    category: 'party-state',
    year: 2019,
  },
  {
    simplified: '中国式现代化',
    traditional: '中國式現代化',
    pinyin: 'zhōng guó shì xiàn dài huà',
    definition:
      '"Chinese-style modernisation": CCP term for China\'s path to becoming a modern socialist country; the central theme of the 20th Party Congress.',
    category: 'party-state',
  },
  {
    simplified: '两个务必',
    traditional: '兩個務必',
    pinyin: 'liǎng gè wù bì',
    definition:
      'The "two musts" of Mao Zedong (1949): stay modest and prudent, and keep to plain living and hard struggle; revived in Xi-era speeches.',
    category: 'party-state',
    year: 1949,
  },
  {
    simplified: '学习强国',
    traditional: '學習強國',
    pinyin: 'xué xí qiáng guó',
    definition:
      '"Study to strengthen the country": Party-run app and website launched in 2019 for studying Xi Jinping Thought, with points for members\' activity.',
    category: 'party-state',
    year: 2019,
  },
  {
    simplified: '留置',
    traditional: '留置',
    pinyin: 'liú zhì',
    definition:
      'Detention measure used by supervisory commissions on officials under investigation, under the 2018 Supervision Law; it replaced 双规.',
    category: 'party-state',
    year: 2018,
  },
  {
    simplified: '双规',
    traditional: '雙規',
    pinyin: 'shuāng guī',
    definition:
      'Former CCP disciplinary detention requiring a member to answer questions at a set time and place; replaced by 留置 in 2018.',
    category: 'party-state',
  },
  {
    simplified: '双开',
    traditional: '雙開',
    pinyin: 'shuāng kāi',
    definition:
      '"Double expulsion": expulsion from the CCP together with dismissal from public office, the usual outcome for officials found corrupt.',
    category: 'party-state',
  },
  {
    simplified: '打虎拍蝇',
    traditional: '打虎拍蠅',
    pinyin: 'dǎ hǔ pāi yíng',
    definition:
      '"Fighting tigers and swatting flies": the anti-corruption drive since 2012 targeting both senior and low-level officials.',
    category: 'party-state',
  },
  {
    simplified: '落马',
    traditional: '落馬',
    pinyin: 'luò mǎ',
    definition:
      '(Of an official) to fall from power, typically on being placed under investigation for corruption.',
    category: 'party-state',
  },
  {
    simplified: '裸官',
    traditional: '裸官',
    pinyin: 'luǒ guān',
    definition: '"Naked official": an official whose spouse and children have settled abroad.',
    category: 'party-state',
  },
  {
    simplified: '中央巡视组',
    traditional: '中央巡視組',
    pinyin: 'zhōng yāng xún shì zǔ',
    definition:
      'Central inspection team: group sent by the CCP Central Committee to inspect Party discipline in ministries, provinces and state firms.',
    category: 'party-state',
  },
  {
    simplified: '猎狐行动',
    traditional: '獵狐行動',
    pinyin: 'liè hú xíng dòng',
    definition:
      '"Operation Fox Hunt": Ministry of Public Security operation begun in 2014 to bring back fugitive suspects, mainly in economic crimes, from abroad.',
    category: 'party-state',
    year: 2014,
  },
  {
    simplified: '天网行动',
    traditional: '天網行動',
    pinyin: 'tiān wǎng xíng dòng',
    definition:
      '"Sky Net": umbrella operation since 2015 for capturing fugitive officials abroad and recovering assets.',
    category: 'party-state',
    year: 2015,
  },
  {
    simplified: '主动投案',
    traditional: '主動投案',
    pinyin: 'zhǔ dòng tóu àn',
    definition:
      'To turn oneself in to investigators; often reported for officials surrendering to discipline commissions.',
    category: 'party-state',
  },
];
