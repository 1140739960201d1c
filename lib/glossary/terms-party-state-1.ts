// Glossary data: CCP formulas, campaigns and discipline vocabulary (part 1 of 2).
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const PARTY_STATE_1: readonly GlossaryTerm[] = [
  {
    simplified: '四个意识',
    traditional: '四個意識',
    pinyin: 'sì gè yì shí',
    definition:
      'The "four consciousnesses" required of Party members: political awareness, awareness of the big picture, awareness of the core (leadership) and awareness of alignment with the centre. Formulated by the CCP leadership in 2016.',
    category: 'party-state',
    year: 2016,
  },
  {
    simplified: '四个自信',
    traditional: '四個自信',
    pinyin: 'sì gè zì xìn',
    definition:
      'The "four confidences": confidence in the path, theory, system and culture of socialism with Chinese characteristics. Culture was added in 2016 to the earlier "three confidences" of 2012.',
    category: 'party-state',
    year: 2016,
  },
  {
    simplified: '三个自信',
    traditional: '三個自信',
    pinyin: 'sān gè zì xìn',
    definition:
      'The "three confidences" in the path, theory and system of socialism with Chinese characteristics, set out at the CCP\'s 18th Congress in 2012; later extended to the "four confidences".',
    category: 'party-state',
    year: 2012,
  },
  {
    simplified: '两个维护',
    traditional: '兩個維護',
    pinyin: 'liǎng gè wéi hù',
    definition:
      'The "two upholds": resolutely upholding Xi Jinping\'s position as core of the Party Central Committee and of the whole Party, and upholding the Central Committee\'s authority and centralised, unified leadership.',
    category: 'party-state',
  },
  {
    simplified: '两个确立',
    traditional: '兩個確立',
    pinyin: 'liǎng gè què lì',
    definition:
      'The "two establishes": establishing Xi Jinping as core of the Party and establishing the guiding role of Xi Jinping Thought. Formulated at the sixth plenum of the 19th Central Committee in 2021.',
    category: 'party-state',
    year: 2021,
  },
  {
    simplified: '不忘初心',
    traditional: '不忘初心',
    pinyin: 'bù wàng chū xīn',
    definition:
      '"Stay true to the original aspiration": CCP slogan urging members to keep to the Party\'s founding mission; usually paired with 牢记使命.',
    category: 'party-state',
    year: 2016,
  },
  {
    simplified: '牢记使命',
    traditional: '牢記使命',
    pinyin: 'láo jì shǐ mìng',
    definition:
      '"Keep the mission firmly in mind": CCP slogan paired with 不忘初心; the pair was the theme of the 19th Party Congress in 2017.',
    category: 'party-state',
    year: 2017,
  },
  {
    simplified: '不忘初心牢记使命',
    traditional: '不忘初心牢記使命',
    pinyin: 'bù wàng chū xīn láo jì shǐ mìng',
    definition:
      '"Stay true to the original aspiration and keep the mission in mind": theme of the 19th Party Congress and of the 2019–2020 Party-wide education campaign.',
    category: 'party-state',
    year: 2017,
  },
  {
    simplified: '主题教育',
    traditional: '主題教育',
    pinyin: 'zhǔ tí jiào yù',
    definition:
      'A Party-wide "thematic education" campaign of study and self-criticism on a set theme, such as the 2019–2020 campaign on staying true to the original aspiration and the 2023 campaign on Xi Jinping Thought.',
    category: 'party-state',
  },
  {
    simplified: '党组',
    traditional: '黨組',
    pinyin: 'dǎng zǔ',
    definition:
      "Leading Party members' group: a CCP body set up inside a state organ, people's organisation or state enterprise to exercise Party leadership there; distinct from a Party committee (党委).",
    category: 'party-state',
  },
  {
    simplified: '党委',
    traditional: '黨委',
    pinyin: 'dǎng wěi',
    definition:
      'Party committee: the leading CCP body of a locality or organisation, headed by a Party secretary.',
    category: 'party-state',
  },
  {
    simplified: '党建',
    traditional: '黨建',
    pinyin: 'dǎng jiàn',
    definition:
      '"Party building": work to strengthen CCP organisations, membership, discipline and ideology, including in companies and social organisations.',
    category: 'party-state',
  },
  {
    simplified: '三严三实',
    traditional: '三嚴三實',
    pinyin: 'sān yán sān shí',
    definition:
      '"Three stricts and three earnests": be strict in self-cultivation, in use of power and in self-discipline; be earnest in planning, in work and in conduct. Put forward by Xi Jinping in 2014; a 2015 campaign followed.',
    category: 'party-state',
    year: 2014,
  },
  {
    simplified: '八项规定',
    traditional: '八項規定',
    pinyin: 'bā xiàng guī dìng',
    definition:
      'The "eight-point regulations" on officials\' work style adopted by the Politburo in December 2012, restricting banquets, official travel, ceremonies, publicity and other perks.',
    category: 'party-state',
    year: 2012,
  },
  {
    simplified: '四风',
    traditional: '四風',
    pinyin: 'sì fēng',
    definition:
      'The "four undesirable work styles" targeted by the CCP since 2013: formalism, bureaucratism, hedonism and extravagance.',
    category: 'party-state',
    year: 2013,
  },
  {
    simplified: '两学一做',
    traditional: '兩學一做',
    pinyin: 'liǎng xué yī zuò',
    definition:
      "2016 CCP education campaign: study the Party Constitution and rules, study Xi Jinping's speeches, and be a qualified Party member.",
    category: 'party-state',
    year: 2016,
  },
  {
    simplified: '党史学习教育',
    traditional: '黨史學習教育',
    pinyin: 'dǎng shǐ xué xí jiào yù',
    definition: "Party-wide campaign of studying CCP history, held in 2021 for the Party's centenary.",
    category: 'party-state',
    year: 2021,
  },
  {
    simplified: '四个全面',
    traditional: '四個全面',
    pinyin: 'sì gè quán miàn',
    definition:
      'The "Four Comprehensives" strategy: comprehensively build a moderately prosperous society (later: a modern socialist country), deepen reform, govern according to law, and govern the Party strictly.',
    category: 'party-state',
    year: 2014,
  },
  {
    simplified: '五位一体',
    traditional: '五位一體',
    pinyin: 'wǔ wèi yī tǐ',
    definition:
      '"Five-in-one" overall plan adopted at the 18th Party Congress (2012), integrating economic, political, cultural, social and ecological development.',
    category: 'party-state',
    year: 2012,
  },
  {
    simplified: '全面从严治党',
    traditional: '全面從嚴治黨',
    pinyin: 'quán miàn cóng yán zhì dǎng',
    definition:
      '"Exercising full and strict governance over the Party": one of the Four Comprehensives, covering discipline, anti-corruption and ideological control of members.',
    category: 'party-state',
  },
  {
    simplified: '自我革命',
    traditional: '自我革命',
    pinyin: 'zì wǒ gé mìng',
    definition:
      '"Self-revolution": CCP term for the Party reforming and policing itself, presented as its answer to the risk of decay in a one-party system.',
    category: 'party-state',
  },
  {
    simplified: '两个结合',
    traditional: '兩個結合',
    pinyin: 'liǎng gè jié hé',
    definition:
      'The "two integrations": integrating the basic tenets of Marxism with China\'s specific realities and with China\'s fine traditional culture. Stated by Xi Jinping in 2021.',
    category: 'party-state',
    year: 2021,
  },
  {
    simplified: '两个一百年',
    traditional: '兩個一百年',
    pinyin: 'liǎng gè yī bǎi nián',
    definition:
      'The "two centenary goals": a moderately prosperous society by the CCP\'s centenary (2021) and a modern socialist country by the PRC\'s centenary (2049).',
    category: 'party-state',
  },
  {
    simplified: '中国梦',
    traditional: '中國夢',
    pinyin: 'zhōng guó mèng',
    definition:
      'The "Chinese Dream" of national rejuvenation, a slogan introduced by Xi Jinping in November 2012.',
    category: 'party-state',
    year: 2012,
  },
  {
    simplified: '中华民族伟大复兴',
    traditional: '中華民族偉大復興',
    pinyin: 'zhōng huá mín zú wěi dà fù xīng',
    definition:
      '"The great rejuvenation of the Chinese nation": the long-term national goal named in CCP documents, associated with the Chinese Dream.',
    category: 'party-state',
  },
  {
    simplified: '新时代',
    traditional: '新時代',
    pinyin: 'xīn shí dài',
    definition:
      'The "New Era" of socialism with Chinese characteristics, declared at the 19th Party Congress in 2017 to describe the period under Xi Jinping.',
    category: 'party-state',
    year: 2017,
  },
  {
    simplified: '习近平新时代中国特色社会主义思想',
    traditional: '習近平新時代中國特色社會主義思想',
    pinyin: 'xí jìn píng xīn shí dài zhōng guó tè sè shè huì zhǔ yì sī xiǎng',
    definition:
      'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era: the guiding ideology written into the Party Constitution in 2017 and the state Constitution in 2018.',
    category: 'party-state',
    year: 2017,
  },
  {
    simplified: '核心意识',
    traditional: '核心意識',
    pinyin: 'hé xīn yì shí',
    definition:
      '"Core consciousness": one of the Four Consciousnesses, meaning awareness of and loyalty to the leadership core of the Party.',
    category: 'party-state',
    year: 2016,
  },
  {
    simplified: '看齐意识',
    traditional: '看齊意識',
    pinyin: 'kàn qí yì shí',
    definition:
      '"Alignment consciousness": one of the Four Consciousnesses, meaning keeping in line with the Party Central Committee and its core.',
    category: 'party-state',
    year: 2016,
  },
  {
    simplified: '大局意识',
    traditional: '大局意識',
    pinyin: 'dà jú yì shí',
    definition:
      '"Big-picture consciousness": one of the Four Consciousnesses, meaning placing local or departmental work within overall national priorities.',
    category: 'party-state',
  },
];
