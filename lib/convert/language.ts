// Japanese and Korean pages are written with Han characters too, but they are not Chinese: turning
// 広島 into 広岛 or 路面電車 into 路面电车 breaks them. Kana mark Japanese text and hangul Korean text
// (Chinese prose uses neither, beyond a stray の in a shop name), so a page whose text has a fair
// share of them is left alone unless the user confirms it for that page.

/** A CJK language other than Chinese. */
export type OtherCjk = 'ja' | 'ko';

/** Share of kana (or hangul) among the page's CJK letters from which it reads as Japanese (Korean);
 *  a Chinese article quoting a Japanese name in katakana stays far below it. */
const MIN_SHARE = 0.1;
/** Fewer than this many kana (hangul) never decide: a slogan or a single name is no evidence. */
const MIN_COUNT = 3;
/** Characters looked at: the language of a page shows long before its end. */
const SAMPLE = 20_000;

/** 'ja' when `text` reads as Japanese, 'ko' as Korean, null otherwise (Chinese or no CJK text). */
export function otherCjkLanguage(text: string): OtherCjk | null {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0x3041 && c <= 0x309f) || (c >= 0x30a0 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f))
      kana += c === 0x30fb || c === 0x30fc ? 0 : 1; // ・ and ー appear in Chinese text too
    else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
      hangul++;
  }
  if (hangul >= MIN_COUNT && hangul >= (han + hangul) * MIN_SHARE && hangul >= kana) return 'ko';
  if (kana >= MIN_COUNT && kana >= (han + kana) * MIN_SHARE) return 'ja';
  return null;
}
