// Issue 14: converting to a script reaches every character of the other script, also in mixed text
// and on a page hinted as already being in the target script, and leaves Simplified text alone.
import { describe, expect, it } from 'vitest';
import { useLexiconFromDisk } from '../../lib/convert/text/node';
import { createTextConverter, sourceTowardTarget } from '../../lib/convert/text/text';

useLexiconFromDisk();

describe('conversion toward a script on mixed text', () => {
  it.each([
    ['他穿著大衣閱讀著作。', '他穿着大衣阅读著作。'],
    ['乾隆年间，天气乾燥，他很能幹。', '乾隆年间，天气干燥，他很能干。'],
    ['显著的著作', '显著的著作'],
  ])('auto → cn: %s', (text, expected) => {
    expect(createTextConverter('auto', 'cn')(text)).toBe(expected);
  });

  it('a page hinted Simplified still loses its Traditional characters', () => {
    const convert = createTextConverter('auto', 'cn', 'zh-Hans');
    expect(convert('他穿著大衣閱讀著作。')).toBe('他穿着大衣阅读著作。');
    expect(convert('显著的成绩')).toBe('显著的成绩');
  });

  it('picks the source from the text', () => {
    expect(sourceTowardTarget('cn', 'cn', 2)).toBe('tw');
    expect(sourceTowardTarget('t', 'cn', 5)).toBe('tw');
    expect(sourceTowardTarget('hk', 'cn', 5)).toBe('hk');
    expect(sourceTowardTarget('cn', 'cn', 0)).toBe('cn');
    expect(sourceTowardTarget('t', 'tw', 5)).toBe('t');
  });
});
