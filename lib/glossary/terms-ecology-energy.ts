// Glossary data: climate, environment and energy policy.
// Split by topic only to keep files short; terms.ts combines them.
import type { GlossaryTerm } from './term';

export const ECOLOGY_ENERGY: readonly GlossaryTerm[] = [
  {
    simplified: '双碳',
    traditional: '雙碳',
    pinyin: 'shuāng tàn',
    definition:
      'The "dual carbon" goals announced in 2020: peak carbon emissions before 2030 and carbon neutrality before 2060.',
    category: 'ecology-energy',
    year: 2020,
  },
  {
    simplified: '碳达峰',
    traditional: '碳達峰',
    pinyin: 'tàn dá fēng',
    definition: 'Peaking of carbon dioxide emissions, targeted before 2030.',
    category: 'ecology-energy',
    year: 2020,
  },
  {
    simplified: '碳中和',
    traditional: '碳中和',
    pinyin: 'tàn zhōng hé',
    definition: 'Carbon neutrality, targeted by China before 2060.',
    category: 'ecology-energy',
  },
  {
    simplified: '两山理论',
    traditional: '兩山理論',
    pinyin: 'liǎng shān lǐ lùn',
    definition:
      'The idea that "lucid waters and lush mountains are invaluable assets", voiced by Xi Jinping in Zhejiang in 2005.',
    category: 'ecology-energy',
    year: 2005,
  },
  {
    simplified: '绿水青山就是金山银山',
    traditional: '綠水青山就是金山銀山',
    pinyin: 'lǜ shuǐ qīng shān jiù shì jīn shān yín shān',
    definition:
      '"Lucid waters and lush mountains are mountains of gold and silver": slogan linking environmental protection with development.',
    category: 'ecology-energy',
    year: 2005,
  },
  {
    simplified: '生态文明',
    traditional: '生態文明',
    pinyin: 'shēng tài wén míng',
    definition:
      '"Ecological civilisation": official framework for environmental policy, written into the Constitution in 2018.',
    category: 'ecology-energy',
  },
  {
    simplified: '能耗双控',
    traditional: '能耗雙控',
    pinyin: 'néng hào shuāng kòng',
    definition: 'Dual control of total energy consumption and energy intensity.',
    category: 'ecology-energy',
  },
  {
    simplified: '拉闸限电',
    traditional: '拉閘限電',
    pinyin: 'lā zhá xiàn diàn',
    definition: 'Power rationing by cutting supply, as in the 2021 power shortages.',
    category: 'ecology-energy',
    year: 2021,
  },
  {
    simplified: '西电东送',
    traditional: '西電東送',
    pinyin: 'xī diàn dōng sòng',
    definition: 'Transmitting electricity from western to eastern China.',
    category: 'ecology-energy',
  },
  {
    simplified: '蓝天保卫战',
    traditional: '藍天保衛戰',
    pinyin: 'lán tiān bǎo wèi zhàn',
    definition:
      '"Battle to defend blue skies": air-pollution control campaign, with a 2018–2020 action plan.',
    category: 'ecology-energy',
    year: 2018,
  },
  {
    simplified: '煤改气',
    traditional: '煤改氣',
    pinyin: 'méi gǎi qì',
    definition: 'Replacing coal heating with natural gas, especially in northern China.',
    category: 'ecology-energy',
  },
  {
    simplified: '十年禁渔',
    traditional: '十年禁漁',
    pinyin: 'shí nián jìn yú',
    definition: 'Ten-year fishing ban on the Yangtze River, from 2021.',
    category: 'ecology-energy',
    year: 2021,
  },
  {
    simplified: '绿电',
    traditional: '綠電',
    pinyin: 'lǜ diàn',
    definition: 'Green electricity from renewable sources.',
    category: 'ecology-energy',
  },
  {
    simplified: '光伏',
    traditional: '光伏',
    pinyin: 'guāng fú',
    definition: 'Photovoltaic (solar power).',
    category: 'ecology-energy',
  },
];
