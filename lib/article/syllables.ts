// The inventory of Mandarin (Hanyu Pinyin) syllables, toneless, with ü written as "v".
// The pinyin-artifact cleaner accepts a parenthesised word only when it is made of these syllables,
// so "(long)", "(dance)" or "(AI)" after a Han character are never mistaken for ruby left-overs.

const INVENTORY = `
a ai an ang ao
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
e ei en eng er o ou
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu
m n ng hm hng
`;

/** Toneless syllables, ü spelled "v". "lue"/"nue" are accepted too: many generators write them so. */
export const SYLLABLES: ReadonlySet<string> = new Set([...INVENTORY.trim().split(/\s+/), 'lue', 'nue']);

/** Longest syllable ("zhuang", "shuang", "chuang") is six letters. */
export const MAX_SYLLABLE_LENGTH = 6;

// Precomposed tone-marked vowels → [base letter, tone]. ü is normalised to "v".
const TONED: ReadonlyMap<string, readonly [string, number]> = new Map(
  (
    [
      ['a', 'āáǎà'],
      ['e', 'ēéěè'],
      ['i', 'īíǐì'],
      ['o', 'ōóǒò'],
      ['u', 'ūúǔù'],
      ['v', 'ǖǘǚǜ'],
      ['n', 'ńňǹ'],
      ['m', 'ḿ'],
    ] as const
  ).flatMap(([base, marks]) => [...marks].map((ch, i) => [ch, [base, base === 'm' ? 2 : i + 1]] as const)),
);

export interface Syllable {
  /** Toneless spelling, ü as "v". */
  base: string;
  /** 1–4, 5 for an explicit neutral tone digit, 0 when the syllable carries no tone at all. */
  tone: number;
}

/**
 * Reads one pinyin syllable written with a tone mark ("lǐng"), a tone digit ("ling3", "lv4", "lu:4") or
 * no tone ("ling"). Returns null unless the toneless spelling is in the inventory and at most one tone
 * is written.
 */
export function parseSyllable(raw: string): Syllable | null {
  // Capitals beyond the first letter ("AI", "USD") mean an acronym, not pinyin.
  if (/\p{Lu}/u.test(raw.slice(1))) return null;
  // NFC so that a decomposed "i\u030C" reads as the precomposed "ǐ".
  let lower = raw.normalize('NFC').toLowerCase().replace(/u:/g, 'v');
  let tone = 0;
  const last = lower.charCodeAt(lower.length - 1);
  if (last >= 0x31 && last <= 0x35) {
    tone = last - 0x30;
    lower = lower.slice(0, -1);
  }
  let base = '';
  for (const ch of lower) {
    const marked = TONED.get(ch);
    if (marked) {
      // Two tones on one syllable ("lǐng3", "lǐǹg") is not pinyin.
      if (tone !== 0) return null;
      base += marked[0];
      tone = marked[1];
    } else if (ch === 'ü') {
      base += 'v';
    } else if (ch >= 'a' && ch <= 'z') {
      base += ch;
    } else {
      return null;
    }
  }
  return SYLLABLES.has(base) ? { base, tone } : null;
}
