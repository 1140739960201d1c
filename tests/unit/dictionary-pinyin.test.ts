import { describe, expect, it } from 'vitest';
import { convertBracketedPinyin, numberedToToneMarks, numberedToZhuyin } from '../../lib/dictionary/pinyin';

describe('numberedToToneMarks', () => {
  it('handles ü, neutral tone, toneless letters and trailing space', () => {
    expect(numberedToToneMarks('lu:4 se4 nu:3 r5 xx5 ')).toBe('lǜ sè nǚ r xx');
  });

  it('puts the mark on a or e first, on o in ou, else on the last vowel', () => {
    expect(numberedToToneMarks('hao3 mei2 lei4 gou3 zhou1 gui4 liu2 xiong2 huo3')).toBe(
      'hǎo méi lèi gǒu zhōu guì liú xióng huǒ',
    );
    expect(numberedToToneMarks('lu:e4 nve4 lv3')).toBe('lüè nüè lǚ');
  });

  it('keeps capitals and marks capital vowels', () => {
    expect(numberedToToneMarks('Bei3 jing1')).toBe('Běi jīng');
    expect(numberedToToneMarks('Ou1 zhou1 A1 E2')).toBe('Ōu zhōu Ā É');
    expect(numberedToToneMarks('Lu:3')).toBe('Lǚ');
  });

  it('passes through punctuation, letters and numbers', () => {
    expect(numberedToToneMarks('A B C , · 3 11')).toBe('A B C , · 3 11');
    expect(numberedToToneMarks('ka3 la1 O K')).toBe('kǎ lā O K');
  });

  it('marks syllabic nasals', () => {
    expect(numberedToToneMarks('ng2 m2 n4')).toBe('ńg ḿ ǹ');
  });
});

describe('convertBracketedPinyin', () => {
  it('converts measure words and variant references', () => {
    expect(convertBracketedPinyin('CL:個|个[ge4],位[wei4]')).toBe('CL:個|个[gè],位[wèi]');
    expect(convertBracketedPinyin('variant of 領導|领导[ling3 dao3]')).toBe('variant of 領導|领导[lǐng dǎo]');
    expect(convertBracketedPinyin('no brackets here')).toBe('no brackets here');
  });
});

describe('numberedToZhuyin', () => {
  it('maps initials, finals and tones', () => {
    expect(numberedToZhuyin('zhong1 guo2 ren2')).toBe('ㄓㄨㄥ ㄍㄨㄛˊ ㄖㄣˊ');
    expect(numberedToZhuyin('xue2 xi2 de5 yu3 yan2')).toBe('ㄒㄩㄝˊ ㄒㄧˊ ˙ㄉㄜ ㄩˇ ㄧㄢˊ');
    expect(numberedToZhuyin('shi4 zi4 lu:4')).toBe('ㄕˋ ㄗˋ ㄌㄩˋ');
  });
});
