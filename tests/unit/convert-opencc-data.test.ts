// OpenCC's tables as data (lib/convert/text/opencc-data.ts): what the build writes to
// public/convert/opencc.txt must read back as the same preset, each dictionary stored once.
import * as Preset from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { OPENCC_MAGIC, parseOpencc, serialiseOpencc } from '../../lib/convert/text/opencc-data';

const SMALL = {
  from: { cn: [['发 發|头发 頭髮']] },
  to: { tw: [['台 臺'], ['发 發|头发 頭髮', '里 裏']] },
  configs: { s2t: { segmentation: '发 發|头发 頭髮', conversionChain: [['发 發|头发 頭髮']] } },
};

describe('OpenCC data file', () => {
  it('reads back a preset written, each distinct dictionary stored once', () => {
    const text = serialiseOpencc(SMALL);
    const lines = text.split('\n');
    expect(lines[0]).toBe(OPENCC_MAGIC);
    expect(lines.slice(2).sort()).toEqual(['发 發|头发 頭髮', '台 臺', '里 裏'].sort());
    expect(parseOpencc(text)).toEqual(SMALL);
  });

  it("reads back opencc-js's own preset whole", () => {
    const whole = { from: Preset.from, to: Preset.to, configs: Preset.configs };
    const back = parseOpencc(serialiseOpencc(whole));
    expect(back).toEqual(whole);
    expect(back.configs.s2t?.conversionChain[0]?.[0]).toBe(Preset.configs.s2t?.conversionChain[0]?.[0]);
  });

  it('refuses another format, a missing dictionary and a dictionary with a line break', () => {
    expect(() => parseOpencc('wenzhai-lexicon 1\n{}')).toThrow();
    expect(() => parseOpencc(`${OPENCC_MAGIC}\n{"from":{"cn":[[3]]},"to":{},"configs":{}}\na b`)).toThrow(
      /3/,
    );
    expect(() => parseOpencc(`${OPENCC_MAGIC}\n{"from":{}}`)).toThrow();
    expect(() => serialiseOpencc({ from: { cn: [['a b\nc d']] }, to: {}, configs: {} })).toThrow();
  });
});
