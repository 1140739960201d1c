// Script detection: the share of characters that exist in only one script decides.
// The lists are the most frequent characters whose Simplified and Traditional forms differ; they are
// small on purpose so detection costs nothing at content-script start (no conversion tables needed).
import type { ScriptTag } from '../types';

const SIMPLIFIED_ONLY =
  '们这来时说国会为个学对过发经动还进么现样种长开关机问应点间当实业与义头电员两见则体无产华话专区军东车从决内难达议场报总并尔数变证认号导强线传万统设须单记张条飞让马门语写书历团广视认边观识织识亲证运选资离诉适图调谈须请读乐岁层宝难须连计划优检验边钱铁领劳环结农标际组确状态规维护务质级积极获务济权众';
const TRADITIONAL_ONLY =
  '們這來時說國會為個學對過發經動還進麼現樣種長開關機問應點間當實業與義頭電員兩見則體無產華話專區軍東車從決內難達議場報總並爾數變證認號導強線傳萬統設須單記張條飛讓馬門語寫書歷團廣視認邊觀識織識親證運選資離訴適圖調談須請讀樂歲層寶難須連計劃優檢驗邊錢鐵領勞環結農標際組確狀態規維護務質級積極獲務濟權眾';

const hans = new Set(SIMPLIFIED_ONLY);
const hant = new Set(TRADITIONAL_ONLY);

export interface ScriptCounts {
  script: ScriptTag;
  simplified: number;
  traditional: number;
  han: number;
}

const HAN = /\p{Script=Han}/u;

/** Counts script-specific characters in (at most the first `limit` characters of) `text`. */
export function detectScript(text: string, limit = 20_000): ScriptCounts {
  let simplified = 0;
  let traditional = 0;
  let han = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const ch = text[i]!;
    if (hans.has(ch)) simplified++;
    else if (hant.has(ch)) traditional++;
    if (HAN.test(ch)) han++;
  }
  let script: ScriptTag = 'other';
  if (han > 0 && han * 5 >= Math.max(1, countLetters(text, end))) {
    script = traditional > simplified ? 'zh-Hant' : 'zh-Hans';
  }
  return { script, simplified, traditional, han };
}

const LETTER = /\p{L}/u;
function countLetters(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (LETTER.test(text[i]!)) n++;
  return n;
}
