// The runtime lexicon as the word converter reads it (costs and outputs exactly the file's), and the
// per-node child masks the segmenter uses to skip trie probes.
import { describe, expect, it } from 'vitest';
import { LEXICON_MAGIC, parseLexicon } from '../../lib/convert/text/lexicon';
import { CodeTrie } from '../../lib/convert/text/trie';

const text = [
  LEXICON_MAGIC,
  '@default 191',
  '@s2t 6',
  'a\t150',
  '发\t20',
  '发明\t35\t發明!',
  '发展\t30',
  '头\tx',
  '发展\t31',
  '@t2s 1',
  '發\t10',
  '',
].join('\n');

describe('runtime lexicon', () => {
  const s2t = parseLexicon(text).section('s2t');

  it('keeps every cost and output of the file (the later line of a repeated word wins)', () => {
    expect(s2t.costs.get('a')).toBe(150);
    expect(s2t.costs.get('发')).toBe(20);
    expect(s2t.costs.get('发明')).toBe(35);
    expect(s2t.costs.get('发展')).toBe(31);
    expect(s2t.costs.get('头')).toBe(191); // unreadable cost: the default
    expect(s2t.outputs.get('发明')).toBe('發明!');
    expect(s2t.outputs.get('发展')).toBeUndefined();
    expect(s2t.costs.get('發')).toBeUndefined();
    expect(s2t.maxLength).toBe(2);
  });
});

describe('CodeTrie.withChildMasks', () => {
  it('gives each node its value and a bit for the low five bits of each child unit', () => {
    const trie = new CodeTrie();
    const ab = trie.insert('ab');
    const a = trie.find('a');
    trie.insert('aA'); // 'A' (0x41) has the same low five bits as 'a' (0x61): bit 1
    trie.insert('ac');
    trie.insert('abz');
    const values = new Int32Array(trie.size).fill(-1);
    values[ab] = 7;
    const info = trie.withChildMasks(values);
    expect(info[ab * 2]).toBe(7);
    expect(info[a * 2]).toBe(-1);
    expect(info[a * 2 + 1]).toBe(
      (1 << ('b'.charCodeAt(0) & 31)) | (1 << 1) | (1 << ('c'.charCodeAt(0) & 31)),
    );
    expect(info[ab * 2 + 1]).toBe(1 << ('z'.charCodeAt(0) & 31));
    expect(info[trie.find('abz') * 2 + 1]).toBe(0);
  });

  it('lets a walk skip exactly the steps that have no child', () => {
    const trie = new CodeTrie();
    let seed = 3;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      let k = '';
      for (let j = 0, n = 1 + rnd(4); j < n; j++) k += String.fromCharCode(0x4e00 + rnd(300));
      trie.insert(k);
    }
    const info = trie.withChildMasks(new Int32Array(trie.size));
    // Collected, then asserted once: an expect() per step made this test take seconds.
    const wrong: string[] = [];
    let cleared = 0;
    for (let node = 1; node < trie.size; node++)
      for (let code = 0x4e00; code < 0x4e00 + 300; code++)
        if (((info[node * 2 + 1]! >>> (code & 31)) & 1) === 0) {
          cleared++;
          if (trie.next(node, code) !== 0) wrong.push(`${node}/${code.toString(16)}`);
        }
    expect(cleared).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
