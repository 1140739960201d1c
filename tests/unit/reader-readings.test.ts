import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../lib/cli';
import { compileReadings } from '../../lib/reader/compile';
import { loadReadingModelFromDisk } from '../../lib/reader/node';
import { annotate, formatSyllable, pinyinLine, standaloneReading } from '../../lib/reader/readings';
import { annotateInSlices, localAnnotator, rubyFragment } from '../../lib/reader/ruby';
import { nonEmpty } from './non-empty';

const model = loadReadingModelFromDisk();
const readingsOf = (text: string): string => pinyinLine(text, model, 'numbers');

describe('readings', () => {
  it('polyphones follow the word', () => {
    expect(readingsOf('银行')).toBe('yin2 hang2');
    expect(readingsOf('行长')).toBe('hang2 zhang3');
    expect(readingsOf('长大')).toBe('zhang3 da4');
    expect(readingsOf('重庆')).toBe('chong2 qing4');
    expect(readingsOf('了解')).toBe('liao3 jie3');
    expect(readingsOf('为了')).toBe('wei4 le5');
    expect(readingsOf('銀行行長')).toBe('yin2 hang2 hang2 zhang3');
  });

  it('a lone character takes its free reading, not one that only lives in other words', () => {
    expect(standaloneReading(model, '上')).toBe('shang4');
    expect(standaloneReading(model, '了')).toBe('le5');
  });

  it('particle readings from CEDICT where the context fits: sentence-final before punctuation, aspect', () => {
    expect(readingsOf('你呢？')).toBe('ni3 ne5 ？');
    expect(readingsOf('他看着我')).toBe('ta1 kan4 zhe5 wo3');
    expect(readingsOf('好吗？')).toBe('hao3 ma5 ？');
    expect(readingsOf('呢子')).toBe('ni2 zi5');
  });

  it('keeps 一 and 不 in their citation tones and prints other characters as themselves', () => {
    expect(readingsOf('一不 A1，')).toBe('yi1 bu4 A 1 ，');
    expect(pinyinLine('女', model, 'marks')).toBe('nǚ');
    expect(pinyinLine('中国', model, 'zhuyin')).toBe('ㄓㄨㄥ ㄍㄨㄛˊ');
    expect(formatSyllable('lu:4', 'numbers')).toBe('lü4');
  });

  it('tokens cover the text with one reading per character', () => {
    const text = '他在银行工作了𠀀年。';
    const tokens = annotate(text, model);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of nonEmpty(tokens)) expect(t.readings.length).toBe(Array.from(t.text).length);
  });
});

describe('compileReadings', () => {
  it('learns word-internal shares and free senses from dictionary lines', () => {
    const cedict = [
      '行 行 [hang2] /row/',
      '行 行 [xing2] /to walk/to go/OK/',
      '銀行 银行 [yin2 hang2] /bank/',
      '行人 行人 [xing2 ren2] /pedestrian/',
      '步行 步行 [bu4 xing2] /to walk/',
    ].join('\n');
    const table = compileReadings(
      cedict,
      new Map([
        ['银行', 100],
        ['行人', 10],
        ['步行', 10],
      ]),
    ).chars;
    expect(table.行?.hang2?.prior).toBeGreaterThan(table.行?.xing2?.prior ?? 0);
    expect(table.行?.xing2?.free).toBe(3);
    expect(table.人).toBeUndefined(); // one reading: nothing to choose
  });

  it('a surname reading counts as one free sense; other proper readings as none', () => {
    const cedict = [
      '賈 贾 [Jia3] /surname Jia/',
      '賈 贾 [gu3] /merchant/to buy/',
      '翟 翟 [Di2] /variant of 狄[Di2], northern peoples/',
      '翟 翟 [di2] /long-tail pheasant/',
      '翟 翟 [Zhai2] /surname Zhai/',
    ].join('\n');
    const table = compileReadings(cedict, new Map()).chars;
    expect(table.贾?.jia3?.free).toBe(1);
    expect(table.贾?.gu3?.free).toBe(2);
    expect(table.翟?.zhai2?.free).toBe(1);
    expect(table.翟?.di2?.free).toBe(1);
  });

  it('keeps the neighbours that make a reading other than the stand-alone one', () => {
    const cedict = [
      '长 长 [chang2] /long/length/',
      '长 长 [zhang3] /chief/',
      '行长 行长 [hang2 zhang3] /bank president/',
      '长大 长大 [zhang3 da4] /to grow up/',
      '长期 长期 [chang2 qi1] /long-term/',
      '很长 很长 [hen3 chang2] /very long/',
    ].join('\n');
    const table = compileReadings(cedict, new Map([['长期', 50]])).chars;
    // 长 alone reads chang2 (more free senses); 行 before it and 大 after it say zhang3.
    expect(table.长?.zhang3?.after).toBe('行');
    expect(table.长?.zhang3?.before).toBe('大');
    // Neighbours that agree with the stand-alone reading are not stored.
    expect(table.长?.chang2?.after).toBeUndefined();
    expect(table.长?.chang2?.before).toBeUndefined();
  });
});

describe('neighbour evidence for a lone character', () => {
  it('a character the segmentation left alone reads as in the word its neighbour makes with it', () => {
    const withTable = (
      长: Record<string, { prior: number; free: number; after?: string; before?: string }>,
    ) => ({
      ...model,
      table: { ...model.table, 长 },
    });
    const loneIn = (text: string, m: typeof model) =>
      annotate(text, m).find((t) => t.text === '长')?.readings;
    const bare = withTable({ chang2: { prior: -0.1, free: 5 }, zhang3: { prior: -2, free: 1 } });
    expect(loneIn('银行长', bare)).toEqual(['chang2']);
    const left = withTable({ chang2: { prior: -0.1, free: 5 }, zhang3: { prior: -2, free: 1, after: '行' } });
    expect(loneIn('银行长', left)).toEqual(['zhang3']);
    expect(loneIn('长。', left)).toEqual(['chang2']);
    // Both sides speak and disagree: the stand-alone reading stays.
    const both = withTable({
      chang2: { prior: -0.1, free: 5, before: '。' },
      zhang3: { prior: -2, free: 1, after: '行' },
      zhang4: { prior: -3, free: 1, before: '，' },
    });
    expect(loneIn('银行长，', both)).toEqual(['chang2']);
  });
});

describe('ruby', () => {
  it('one ruby per word, readings as data, no text in rt (copy gives plain text)', () => {
    const fragment = rubyFragment(document, annotate('去银行。', model));
    const div = document.createElement('div');
    div.append(fragment);
    expect(div.textContent).toBe('去银行。');
    const rubies = div.querySelectorAll('ruby');
    expect(rubies.length).toBe(2);
    const rts = rubies[1]?.querySelectorAll('rt');
    expect([...(rts ?? [])].map((rt) => rt.getAttribute('data-p'))).toEqual(['yín', 'háng']);
    expect(rts?.[1]?.className).toBe('t2');
  });

  it('annotates in slices, yielding when the budget is spent', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>银行行长</p><p>了解<b>重庆</b></p><pre>不动</pre>';
    let clock = 0;
    let yields = 0;
    const words = await annotateInSlices(root, localAnnotator(model), {
      budget: 0.5,
      batchChars: 4,
      now: () => (clock += 1),
      yieldNow: async () => {
        yields++;
      },
    });
    expect(words).toBeGreaterThan(3);
    expect(yields).toBeGreaterThan(1);
    expect(root.textContent).toBe('银行行长了解重庆不动');
    expect(root.querySelector('pre ruby')).toBeNull();
    expect(root.querySelector('b ruby rt')?.getAttribute('data-p')).toBe('chóng');
  });
});

describe('cli pinyin', () => {
  const run = async (argv: string[], stdin: string) => {
    let out = '';
    let err = '';
    const io: CliIo = {
      stdin: async () => stdin,
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        err += t;
      },
    };
    return { code: await runCli(argv, io), out, err };
  };

  it('prints one line per input line, a token per character', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `银行行长${i % 2 ? '长大了' : 'ok'}`);
    const { code, out, err } = await run(['pinyin', '--numbers'], `${lines.join('\n')}\n`);
    expect(err).toBe('');
    expect(code).toBe(0);
    const outLines = out.trimEnd().split('\n');
    expect(outLines.length).toBe(1000);
    expect(outLines[0]).toBe('yin2 hang2 hang2 zhang3 o k');
    expect(outLines[1]).toBe('yin2 hang2 hang2 zhang3 zhang3 da4 le5');
  });

  it('rejects two styles and empty input', async () => {
    expect((await run(['pinyin', '--marks', '--zhuyin'], '中')).code).toBe(2);
    expect((await run(['pinyin'], '')).code).toBe(2);
  });
});
