// Glossary data: Hong Kong, Taiwan and cross-strait politics (part 1 of 2).
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const HK_TAIWAN_CROSS_STRAIT_1: readonly GlossaryTerm[] = [
  {
    simplified: '一国两制',
    traditional: '一國兩制',
    pinyin: 'yī guó liǎng zhì',
    definition:
      '"One country, two systems": arrangement under which Hong Kong and Macao keep separate economic and legal systems within the PRC.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '港人治港',
    traditional: '港人治港',
    pinyin: 'gǎng rén zhì gǎng',
    definition: '"Hong Kong people administering Hong Kong", a principle of one country, two systems.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '澳人治澳',
    traditional: '澳人治澳',
    pinyin: 'ào rén zhì ào',
    definition: '"Macao people administering Macao", the Macao counterpart of 港人治港.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '高度自治',
    traditional: '高度自治',
    pinyin: 'gāo dù zì zhì',
    definition: '"A high degree of autonomy" promised to Hong Kong and Macao under their Basic Laws.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '爱国者治港',
    traditional: '愛國者治港',
    pinyin: 'ài guó zhě zhì gǎng',
    definition:
      '"Patriots administering Hong Kong": principle behind the 2021 overhaul of Hong Kong\'s electoral system.',
    category: 'hk-taiwan-cross-strait',
    year: 2021,
  },
  {
    simplified: '基本法',
    traditional: '基本法',
    pinyin: 'jī běn fǎ',
    definition:
      'The Basic Law, the constitutional document of the Hong Kong (or Macao) Special Administrative Region.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '基本法二十三条',
    traditional: '基本法二十三條',
    pinyin: 'jī běn fǎ èr shí sān tiáo',
    definition:
      "Article 23 of Hong Kong's Basic Law, requiring local national security legislation; a 2003 bill was withdrawn and an ordinance was passed in 2024.",
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '维护国家安全条例',
    traditional: '維護國家安全條例',
    pinyin: 'wéi hù guó jiā ān quán tiáo lì',
    definition:
      "Safeguarding National Security Ordinance, passed by Hong Kong's Legislative Council in March 2024 under Basic Law Article 23.",
    category: 'hk-taiwan-cross-strait',
    year: 2024,
  },
  {
    simplified: '香港国安法',
    traditional: '香港國安法',
    pinyin: 'xiāng gǎng guó ān fǎ',
    definition:
      'Hong Kong National Security Law, enacted by the NPC Standing Committee and in force from 30 June 2020, covering secession, subversion, terrorism and collusion with foreign forces.',
    category: 'hk-taiwan-cross-strait',
    year: 2020,
  },
  {
    simplified: '国安法',
    traditional: '國安法',
    pinyin: 'guó ān fǎ',
    definition: 'National security law; in Hong Kong news usually the 2020 Hong Kong National Security Law.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '国安处',
    traditional: '國安處',
    pinyin: 'guó ān chù',
    definition: 'National Security Department of the Hong Kong Police Force, set up in 2020.',
    category: 'hk-taiwan-cross-strait',
    year: 2020,
  },
  {
    simplified: '港独',
    traditional: '港獨',
    pinyin: 'gǎng dú',
    definition: 'Hong Kong independence.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '台独',
    traditional: '台獨',
    pinyin: 'tái dú',
    definition: 'Taiwan independence.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '九二共识',
    traditional: '九二共識',
    pinyin: 'jiǔ èr gòng shí',
    definition:
      '"1992 Consensus": name coined in 2000 for a 1992 understanding between cross-strait bodies on the one-China principle; the KMT accepts it with "respective interpretations", the DPP does not.',
    category: 'hk-taiwan-cross-strait',
    year: 1992,
  },
  {
    simplified: '一中各表',
    traditional: '一中各表',
    pinyin: 'yī zhōng gè biǎo',
    definition: '"One China, respective interpretations": the KMT\'s reading of the 1992 Consensus.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '反渗透法',
    traditional: '反滲透法',
    pinyin: 'fǎn shèn tòu fǎ',
    definition:
      "Taiwan's Anti-Infiltration Act, passed on 31 December 2019, banning political donations, lobbying and campaigning directed by foreign hostile forces.",
    category: 'hk-taiwan-cross-strait',
    year: 2019,
  },
  {
    simplified: '反分裂国家法',
    traditional: '反分裂國家法',
    pinyin: 'fǎn fēn liè guó jiā fǎ',
    definition: 'Anti-Secession Law of 2005, authorising "non-peaceful means" if Taiwan secedes.',
    category: 'hk-taiwan-cross-strait',
    year: 2005,
  },
  {
    simplified: '两岸一家亲',
    traditional: '兩岸一家親',
    pinyin: 'liǎng àn yī jiā qīn',
    definition:
      '"People on both sides of the Strait are one family": Xi Jinping\'s slogan for cross-strait relations.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '和平统一',
    traditional: '和平統一',
    pinyin: 'hé píng tǒng yī',
    definition: "Peaceful unification, Beijing's stated preferred path for Taiwan.",
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '武统',
    traditional: '武統',
    pinyin: 'wǔ tǒng',
    definition: 'Unification of Taiwan by military force.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '惠台措施',
    traditional: '惠台措施',
    pinyin: 'huì tái cuò shī',
    definition:
      'Preferential measures for Taiwanese people and firms on the mainland, beginning with 31 measures in 2018.',
    category: 'hk-taiwan-cross-strait',
    year: 2018,
  },
  {
    simplified: '台胞证',
    traditional: '台胞證',
    pinyin: 'tái bāo zhèng',
    definition: 'Mainland Travel Permit for Taiwan Residents.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '回乡证',
    traditional: '回鄉證',
    pinyin: 'huí xiāng zhèng',
    definition: 'Home Return Permit: mainland travel permit for Hong Kong and Macao residents.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '国台办',
    traditional: '國台辦',
    pinyin: 'guó tái bàn',
    definition: 'Taiwan Affairs Office of the State Council (and of the CCP Central Committee).',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '陆委会',
    traditional: '陸委會',
    pinyin: 'lù wěi huì',
    definition: "Mainland Affairs Council, Taiwan's cabinet body for cross-strait policy.",
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '海基会',
    traditional: '海基會',
    pinyin: 'hǎi jī huì',
    definition: "Straits Exchange Foundation, Taiwan's semi-official body for dealing with the mainland.",
    category: 'hk-taiwan-cross-strait',
    year: 1991,
  },
  {
    simplified: '海协会',
    traditional: '海協會',
    pinyin: 'hǎi xié huì',
    definition:
      'Association for Relations Across the Taiwan Straits (ARATS), the mainland counterpart of the SEF.',
    category: 'hk-taiwan-cross-strait',
    year: 1991,
  },
  {
    simplified: '港澳办',
    traditional: '港澳辦',
    pinyin: 'gǎng ào bàn',
    definition:
      'Hong Kong and Macao Affairs Office; since 2023 the Hong Kong and Macao Work Office of the CCP Central Committee.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '中联办',
    traditional: '中聯辦',
    pinyin: 'zhōng lián bàn',
    definition: "Liaison Office of the Central People's Government in Hong Kong (or Macao).",
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '特首',
    traditional: '特首',
    pinyin: 'tè shǒu',
    definition: 'Chief Executive of Hong Kong or Macao.',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '立法会',
    traditional: '立法會',
    pinyin: 'lì fǎ huì',
    definition: 'Legislative Council of Hong Kong (or Macao).',
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '选委会',
    traditional: '選委會',
    pinyin: 'xuǎn wěi huì',
    definition:
      "Election Committee that chooses Hong Kong's Chief Executive; enlarged to 1,500 members in 2021 and also returns some legislators.",
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '区议会',
    traditional: '區議會',
    pinyin: 'qū yì huì',
    definition: "Hong Kong's District Councils, whose elected seats were reduced in a 2023 reform.",
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '泛民',
    traditional: '泛民',
    pinyin: 'fàn mín',
    definition: "Pan-democrats: Hong Kong's pro-democracy opposition camp.",
    category: 'hk-taiwan-cross-strait',
  },
  {
    simplified: '建制派',
    traditional: '建制派',
    pinyin: 'jiàn zhì pài',
    definition: 'Pro-establishment (pro-Beijing) camp in Hong Kong politics.',
    category: 'hk-taiwan-cross-strait',
  },
];
