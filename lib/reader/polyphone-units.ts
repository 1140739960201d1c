// Code units as the polyphone model sees them: Han or not, their class, the text's ends.

const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

/** Whether a code unit is a BMP Han character (the ranges HAN_UNIT spells), without a regex: the bag of
 *  context tests sixteen units per character read. */
export const isHanUnit = (unit: string): boolean => {
  const c = unit.charCodeAt(0);
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
};

/** Class of one code unit: Han, digit, letter, punctuation/other, or the text's ends. */
export function unitClass(unit: string): string {
  if (unit === '^' || unit === '$') return unit;
  if (isHanUnit(unit)) return 'H';
  if (DIGIT.test(unit)) return 'D';
  if (LETTER.test(unit)) return 'L';
  return 'P';
}

/** Half-width of the window of Han characters taken as a bag of context. */
export const BAG = 8;

/** Half-width of the window whose Han bigrams (those not holding the character itself) are context:
 *  a neighbouring word says more than its characters one by one (为…效力, 角斗士训练). */
export const BIGRAMS = 6;

export const unitAt = (text: string, i: number): string =>
  i < 0 ? '^' : i >= text.length ? '$' : text.charAt(i);
