// Glossary data: economic policy slogans, targets and instruments (part 1 of 2).
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const ECONOMY_POLICY_1: readonly GlossaryTerm[] = [
  {
    simplified: '六稳',
    traditional: '六穩',
    pinyin: 'liù wěn',
    definition:
      'The "six stabilities": stabilising employment, finance, foreign trade, foreign investment, domestic investment and expectations; set out at a July 2018 Politburo meeting.',
    category: 'economy-policy',
    year: 2018,
  },
  {
    simplified: '六保',
    traditional: '六保',
    pinyin: 'liù bǎo',
    definition:
      'The "six guarantees" of 2020: employment, basic living needs, market entities, food and energy security, stable supply chains, and the functioning of grassroots government.',
    category: 'economy-policy',
    year: 2020,
  },
  {
    simplified: '高质量发展',
    traditional: '高質量發展',
    pinyin: 'gāo zhì liàng fā zhǎn',
    definition:
      '"High-quality development": official goal since the 19th Party Congress (2017), when the economy was said to shift from high-speed growth to better quality, efficiency and innovation.',
    category: 'economy-policy',
    year: 2017,
  },
  {
    simplified: '新质生产力',
    traditional: '新質生產力',
    pinyin: 'xīn zhì shēng chǎn lì',
    definition:
      '"New quality productive forces": Xi Jinping\'s 2023 term for growth driven by technological innovation and advanced industries rather than traditional inputs.',
    category: 'economy-policy',
    year: 2023,
  },
  {
    simplified: '共同富裕',
    traditional: '共同富裕',
    pinyin: 'gòng tóng fù yù',
    definition:
      '"Common prosperity": CCP goal of narrowing income and wealth gaps, given new emphasis from 2021.',
    category: 'economy-policy',
  },
  {
    simplified: '共同富裕示范区',
    traditional: '共同富裕示範區',
    pinyin: 'gòng tóng fù yù shì fàn qū',
    definition:
      "Zhejiang province's designation in 2021 as a demonstration zone for achieving common prosperity.",
    category: 'economy-policy',
    year: 2021,
  },
  {
    simplified: '双循环',
    traditional: '雙循環',
    pinyin: 'shuāng xún huán',
    definition:
      '"Dual circulation": 2020 strategy making the domestic economy the mainstay while domestic and international markets reinforce each other.',
    category: 'economy-policy',
    year: 2020,
  },
  {
    simplified: '国内大循环',
    traditional: '國內大循環',
    pinyin: 'guó nèi dà xún huán',
    definition: '"Domestic great circulation": the domestic-market half of the dual-circulation strategy.',
    category: 'economy-policy',
    year: 2020,
  },
  {
    simplified: '新发展格局',
    traditional: '新發展格局',
    pinyin: 'xīn fā zhǎn gé jú',
    definition:
      '"New development pattern": official name for the dual-circulation strategy announced in 2020.',
    category: 'economy-policy',
    year: 2020,
  },
  {
    simplified: '新发展理念',
    traditional: '新發展理念',
    pinyin: 'xīn fā zhǎn lǐ niàn',
    definition:
      '"New development philosophy" of innovative, coordinated, green, open and shared development, adopted at the fifth plenum of the 18th Central Committee in 2015.',
    category: 'economy-policy',
    year: 2015,
  },
  {
    simplified: '新常态',
    traditional: '新常態',
    pinyin: 'xīn cháng tài',
    definition:
      '"New normal": Xi Jinping\'s 2014 term for China\'s transition to slower, more sustainable growth.',
    category: 'economy-policy',
    year: 2014,
  },
  {
    simplified: '供给侧结构性改革',
    traditional: '供給側結構性改革',
    pinyin: 'gōng jǐ cè jié gòu xìng gǎi gé',
    definition:
      'Supply-side structural reform: policy line since 2015 focused on cutting overcapacity, inventory, leverage and costs and shoring up weak areas.',
    category: 'economy-policy',
    year: 2015,
  },
  {
    simplified: '三去一降一补',
    traditional: '三去一降一補',
    pinyin: 'sān qù yī jiàng yī bǔ',
    definition:
      'The five tasks of supply-side reform: cutting overcapacity, destocking, deleveraging, lowering costs and strengthening weak links.',
    category: 'economy-policy',
    year: 2015,
  },
  {
    simplified: '去产能',
    traditional: '去產能',
    pinyin: 'qù chǎn néng',
    definition: 'Cutting excess industrial capacity, notably in steel and coal.',
    category: 'economy-policy',
  },
  {
    simplified: '去库存',
    traditional: '去庫存',
    pinyin: 'qù kù cún',
    definition: 'Destocking, especially reducing the stock of unsold housing.',
    category: 'economy-policy',
  },
  {
    simplified: '去杠杆',
    traditional: '去槓桿',
    pinyin: 'qù gàng gǎn',
    definition: 'Deleveraging: reducing debt ratios of companies, local governments or the financial system.',
    category: 'economy-policy',
  },
  {
    simplified: '补短板',
    traditional: '補短板',
    pinyin: 'bǔ duǎn bǎn',
    definition:
      '"Shoring up the short planks": strengthening weak areas such as infrastructure, public services or key technologies.',
    category: 'economy-policy',
  },
  {
    simplified: '稳增长',
    traditional: '穩增長',
    pinyin: 'wěn zēng zhǎng',
    definition: 'Stabilising economic growth, a standard aim in economic policy statements.',
    category: 'economy-policy',
  },
  {
    simplified: '稳就业',
    traditional: '穩就業',
    pinyin: 'wěn jiù yè',
    definition: 'Stabilising employment, the first of the "six stabilities".',
    category: 'economy-policy',
  },
  {
    simplified: '稳外贸',
    traditional: '穩外貿',
    pinyin: 'wěn wài mào',
    definition: 'Stabilising foreign trade, one of the "six stabilities".',
    category: 'economy-policy',
  },
  {
    simplified: '稳中求进',
    traditional: '穩中求進',
    pinyin: 'wěn zhōng qiú jìn',
    definition:
      '"Seeking progress while maintaining stability": the general keynote of China\'s economic work.',
    category: 'economy-policy',
  },
  {
    simplified: '小升规',
    traditional: '小升規',
    pinyin: 'xiǎo shēng guī',
    definition:
      'Helping small firms grow to "above designated size" (for industry, annual main-business revenue of 20 million yuan or more), bringing them into official statistics and support schemes.',
    category: 'economy-policy',
  },
  {
    simplified: '规上企业',
    traditional: '規上企業',
    pinyin: 'guī shàng qǐ yè',
    definition:
      '"Above-scale enterprise": a firm above the statistical size threshold (for industry, 20 million yuan annual main-business revenue) that reports to monthly official surveys.',
    category: 'economy-policy',
  },
  {
    simplified: '规模以上工业企业',
    traditional: '規模以上工業企業',
    pinyin: 'guī mó yǐ shàng gōng yè qǐ yè',
    definition:
      "Industrial enterprises with annual main-business revenue of 20 million yuan or more, the basis of China's monthly industrial statistics.",
    category: 'economy-policy',
  },
  {
    simplified: '新旧动能转换',
    traditional: '新舊動能轉換',
    pinyin: 'xīn jiù dòng néng zhuǎn huàn',
    definition:
      'Replacing old growth drivers (heavy and resource-intensive industry) with new ones (innovation, new industries); Shandong was made a pilot zone for it in 2018.',
    category: 'economy-policy',
  },
  {
    simplified: '专精特新',
    traditional: '專精特新',
    pinyin: 'zhuān jīng tè xīn',
    definition:
      'Label for small and medium firms that are specialised, refined, distinctive and innovative; the most prominent are designated "little giants" by the Ministry of Industry and Information Technology.',
    category: 'economy-policy',
  },
  {
    simplified: '新基建',
    traditional: '新基建',
    pinyin: 'xīn jī jiàn',
    definition:
      '"New infrastructure": 5G networks, data centres, artificial intelligence, industrial internet, EV charging, ultra-high-voltage grids and intercity rail, promoted as investment targets.',
    category: 'economy-policy',
  },
  {
    simplified: '新型举国体制',
    traditional: '新型舉國體制',
    pinyin: 'xīn xíng jǔ guó tǐ zhì',
    definition:
      '"New whole-nation system": concentrating state and market resources on breakthroughs in key technologies.',
    category: 'economy-policy',
  },
  {
    simplified: '房住不炒',
    traditional: '房住不炒',
    pinyin: 'fáng zhù bù chǎo',
    definition:
      '"Houses are for living in, not for speculation": housing policy principle from the December 2016 Central Economic Work Conference.',
    category: 'economy-policy',
    year: 2016,
  },
  {
    simplified: '三道红线',
    traditional: '三道紅線',
    pinyin: 'sān dào hóng xiàn',
    definition:
      '"Three red lines": 2020 financing limits on property developers based on liability-to-asset ratio, net gearing and cash-to-short-term-debt ratio.',
    category: 'economy-policy',
    year: 2020,
  },
  {
    simplified: '保交楼',
    traditional: '保交樓',
    pinyin: 'bǎo jiāo lóu',
    definition:
      '"Guaranteeing delivery of homes": 2022 policy to ensure presold flats of troubled developers are completed and handed over.',
    category: 'economy-policy',
    year: 2022,
  },
  {
    simplified: '城中村改造',
    traditional: '城中村改造',
    pinyin: 'chéng zhōng cūn gǎi zào',
    definition:
      'Redevelopment of "urban villages", densely built former villages absorbed by expanding cities.',
    category: 'economy-policy',
  },
  {
    simplified: '土地财政',
    traditional: '土地財政',
    pinyin: 'tǔ dì cái zhèng',
    definition: '"Land finance": local governments\' reliance on revenue from selling land-use rights.',
    category: 'economy-policy',
  },
  {
    simplified: '限购',
    traditional: '限購',
    pinyin: 'xiàn gòu',
    definition: 'Purchase restrictions, especially city rules limiting how many homes a household may buy.',
    category: 'economy-policy',
  },
  {
    simplified: '烂尾楼',
    traditional: '爛尾樓',
    pinyin: 'làn wěi lóu',
    definition: 'Unfinished building project abandoned by its developer.',
    category: 'economy-policy',
  },
  {
    simplified: '保障房',
    traditional: '保障房',
    pinyin: 'bǎo zhàng fáng',
    definition: 'Government-subsidised affordable housing for lower-income or new urban residents.',
    category: 'economy-policy',
  },
  {
    simplified: '以旧换新',
    traditional: '以舊換新',
    pinyin: 'yǐ jiù huàn xīn',
    definition:
      'Trade-in scheme: subsidies for replacing old cars, appliances or equipment with new ones, scaled up from 2024.',
    category: 'economy-policy',
  },
  {
    simplified: '超长期特别国债',
    traditional: '超長期特別國債',
    pinyin: 'chāo cháng qī tè bié guó zhài',
    definition:
      'Ultra-long special treasury bonds, central government bonds of 20 years or more issued from 2024 for major projects.',
    category: 'economy-policy',
    year: 2024,
  },
  {
    simplified: '新三样',
    traditional: '新三樣',
    pinyin: 'xīn sān yàng',
    definition:
      'The "new three" export products: electric vehicles, lithium batteries and solar products (contrasted with the old three: clothing, furniture and appliances).',
    category: 'economy-policy',
  },
  {
    simplified: '反内卷',
    traditional: '反內捲',
    pinyin: 'fǎn nèi juǎn',
    definition:
      'Official campaign against "involution-style" cut-throat competition and price wars among firms.',
    category: 'economy-policy',
    year: 2024,
  },
  {
    simplified: '逆周期调节',
    traditional: '逆週期調節',
    pinyin: 'nì zhōu qī tiáo jié',
    definition:
      'Counter-cyclical adjustment: loosening or tightening fiscal and monetary policy against the economic cycle.',
    category: 'economy-policy',
  },
];
