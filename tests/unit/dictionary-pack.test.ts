import { describe, expect, it } from 'vitest';
import { compileCedict } from '../../lib/dictionary/compile';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { H, HEADER_WORDS } from '../../lib/dictionary/format';
import { packDictionary, unpackDictionary } from '../../lib/dictionary/pack';

const CEDICT = `領 领 [ling3] /neck/
領導 领导 [ling3 dao3] /leader/CL:位[wei4]/
領導人 领导人 [ling3 dao3 ren2] /leader/
人 人 [ren2] /person/
幹部 干部 [gan4 bu4] /cadre/
乾 干 [gan1] /dry/
幹 干 [gan4] /to do/
`;

describe('ship packing', () => {
  it('packs to a different file and unpacks to exactly the unpacked layout', () => {
    const plain = compileCedict(CEDICT, undefined, new Map(), false);
    const packed = compileCedict(CEDICT, undefined, new Map(), true);
    expect((new Uint32Array(packed, 0, HEADER_WORDS)[H.packed] ?? 0) & 1).toBe(1);
    expect(Buffer.from(packed).equals(Buffer.from(plain))).toBe(false);
    unpackDictionary(packed);
    expect(Buffer.from(packed).equals(Buffer.from(plain))).toBe(true);
    packDictionary(packed);
    unpackDictionary(packed);
    expect(Buffer.from(packed).equals(Buffer.from(plain))).toBe(true);
  });

  it('gives the same lookups packed or not, and loads the same buffer twice', () => {
    const packed = compileCedict(CEDICT);
    const a = loadDictionary(packed);
    const b = loadDictionary(packed); // already unpacked in place: loads as is
    const c = loadDictionary(compileCedict(CEDICT, undefined, new Map(), false));
    for (const q of ['领导人会议', '幹部', '干部', '人']) {
      expect(a.lookup(q)).toEqual(c.lookup(q));
      expect(b.lookup(q)).toEqual(c.lookup(q));
    }
    expect(a.get('干').map((e) => e.traditional)).toEqual(['乾', '幹']);
  });

  it('front-codes the key pool when keys share prefixes, and decodes it exactly', () => {
    const chain = [
      '一二',
      '一二三',
      '一二三四',
      '一二三四五',
      '一二三四五六',
      '一二三四五六七',
      '一二三四五六七八',
    ];
    const text = chain.map((w) => `${w} ${w} [yi1] /x/`).join('\n');
    const plain = compileCedict(text, undefined, new Map(), false);
    const packed = compileCedict(text);
    expect(new Uint32Array(packed, 0, HEADER_WORDS)[H.packed]).toBe(3);
    unpackDictionary(packed);
    expect(Buffer.from(packed).equals(Buffer.from(plain))).toBe(true);
    expect(loadDictionary(packed).lookup('一二三四五六七八九').matchLength).toBe(8);
  });
});
