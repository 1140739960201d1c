// The fast paths of the converter: the code-unit trie, the phrase tables over it, the word
// converter's memo by trie node, and the page converter's scheduling (visible part first, batched
// writes, a walk that survives the page changing under it).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageConverter } from '../../lib/convert/page/dom';
import { createWordConverter } from '../../lib/convert/text/engine';
import { parseLexicon } from '../../lib/convert/text/lexicon';
import { compileLexicon } from '../../lib/convert/text/lexicon-compile';
import { PhraseTable } from '../../lib/convert/text/table';
import { createTextConverter, type TextConverter } from '../../lib/convert/text/text';
import { CodeTrie } from '../../lib/convert/text/trie';
import { nonEmpty } from './non-empty';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A tiny deterministic pseudo-random sequence, so failures reproduce. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('CodeTrie', () => {
  it('finds every inserted key and its prefixes, and nothing else, across growth', () => {
    const trie = new CodeTrie();
    const rnd = random(1);
    const keys = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const len = 1 + Math.floor(rnd() * 5);
      let k = '';
      for (let j = 0; j < len; j++) k += String.fromCharCode(0x4e00 + Math.floor(rnd() * 40));
      keys.add(k);
    }
    const nodes = new Map<string, number>();
    for (const k of keys) nodes.set(k, trie.insert(k));
    for (const [k, node] of nonEmpty(nodes)) {
      expect(trie.find(k)).toBe(node);
      expect(trie.find(k.slice(0, 1))).toBeGreaterThan(0);
    }
    expect(new Set(nodes.values()).size).toBe(keys.size);
    expect(trie.find('乙乙乙乙乙乙乙')).toBe(0);
    expect(trie.find('x')).toBe(0);
    expect(trie.find('丁丁', 0, 1)).toBe(trie.find('丁'));
  });
});

/** opencc-js's algorithm, written plainly: longest key at each position, else one code point. */
function naiveGreedy(pairs: [string, string][], s: string): string {
  const map = new Map<string, string>();
  for (const [k, v] of pairs) if (!map.has(k)) map.set(k, v);
  let out = '';
  let i = 0;
  while (i < s.length) {
    let best = -1;
    for (let j = s.length; j > i; j--) {
      if (map.has(s.slice(i, j))) {
        best = j;
        break;
      }
    }
    if (best < 0) {
      const c = s.charCodeAt(i);
      const step = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
      out += s.slice(i, i + step);
      i += step;
    } else {
      out += map.get(s.slice(i, best));
      i = best;
    }
  }
  return out;
}

describe('PhraseTable', () => {
  const pairs: [string, string][] = [
    ['发', '發'],
    ['头发', '頭髮'],
    ['头发展', '頭發展'],
    ['发展', '發展'],
    ['头', '頭'],
    ['头', '豆'], // a later duplicate loses, as in opencc-js
    ['𠮷', '吉'],
    ['只', '隻'],
    ['一只只', '一隻隻'],
  ];
  const table = new PhraseTable([pairs]);

  it('matches plain greedy longest-match conversion on random text', () => {
    const rnd = random(7);
    const alphabet = ['头', '发', '展', '只', '一', '𠮷', 'a', ' '];
    for (let r = 0; r < 500; r++) {
      let s = '';
      const len = Math.floor(rnd() * 12);
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(table.convert(s)).toBe(naiveGreedy(pairs, s));
    }
  });

  it('reports its pieces, knows where keys start, and passes text without any', () => {
    const pieces: [number, string][] = [];
    expect(table.convert('头发a', (end, out) => pieces.push([end, out]))).toBe('頭髮a');
    expect(pieces).toEqual([
      [2, '頭髮'],
      [3, 'a'],
    ]);
    expect(table.get('头发')).toBe('頭髮');
    expect(table.get('头发展开')).toBeUndefined();
    expect(table.startsKey('头'.charCodeAt(0))).toBe(true);
    expect(table.startsKey('展'.charCodeAt(0))).toBe(false);
    expect(table.passes('展开 abc')).toBe(true);
    expect(table.passes('展发')).toBe(false);
  });
});

describe('word converter fast paths', () => {
  const sources = {
    s2t: ['头发 頭髮|被发 被髮', '发 發|头 頭|发明 發明|只 只|长 長'],
    t2s: ['', '發 发|髮 发|頭 头|長 长'],
    cedict: [
      { simplified: '发', traditional: '發', definitions: ['to send out'] },
      { simplified: '发', traditional: '髮', definitions: ['hair'] },
      { simplified: '发明', traditional: '發明', definitions: ['to invent'] },
      { simplified: '一只', traditional: '一隻', definitions: ['one (animal)'] },
    ],
    frequency: new Map([
      ['被', 5000],
      ['发', 3000],
      ['明', 3000],
      ['发明', 9000],
      ['头', 2000],
      ['一只', 300],
      ['只', 3000],
    ]),
  };
  const lexicon = parseLexicon(compileLexicon(sources));

  it('gives the same output from a warm converter (memo by trie node) as from a fresh one', () => {
    const warm = createWordConverter({ from: 'cn', to: 'tw', lexicon });
    const text = '被发明，头发长。一只只 abc 发明';
    const first = warm(text);
    expect(warm(text)).toBe(first);
    expect(createWordConverter({ from: 'cn', to: 'tw', lexicon })(text)).toBe(first);
    expect(first).toContain('頭髮長。一隻隻 abc 發明');
  });

  it('keeps a stray low surrogate after a Han character as a character of its own', () => {
    const tw = createWordConverter({ from: 'cn', to: 'tw', lexicon });
    // This used to loop for ever (the lattice took it for the second half of a pair).
    expect(tw('头\udc00发明')).toBe('頭\udc00發明');
    expect(tw('𠮷发明')).toBe('𠮷發明');
  });

  it('answers word lookups from the trie', () => {
    const s2t = lexicon.section('s2t');
    expect(s2t.costs.get('发明')).toBeGreaterThan(0);
    expect(s2t.costs.get('不在')).toBeUndefined();
    expect(s2t.costs.get('')).toBeUndefined();
  });
});

/** A converter that logs what it was asked, in order. */
function logging(base: TextConverter): { fn: TextConverter; seen: string[] } {
  const seen: string[] = [];
  const fn: TextConverter = (s) => {
    seen.push(s);
    return base(s);
  };
  return { fn, seen };
}

describe('page converter scheduling', () => {
  const toTw = createTextConverter('cn', 'tw');

  it.each([
    ['a paragraph', 12],
    ['the gap between paragraphs (the body)', -1],
  ])(
    'converts the blocks on screen first, then the rest from there on, then the part above (centre on %s)',
    async (_, hit) => {
      document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<p>第${i}段发展</p>`).join('');
      const ps = [...document.querySelectorAll('p')];
      // happy-dom has no layout: paragraph i spans (i − 8) × 100 px to (i − 7) × 100 px, the viewport
      // 0–768 px.
      vi.spyOn(document, 'elementFromPoint').mockReturnValue(hit < 0 ? document.body : ps[hit]!);
      for (const [i, p] of ps.entries()) {
        vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({
          top: (i - 8) * 100,
          bottom: (i - 7) * 100,
          height: 100,
        } as DOMRect);
      }
      const { fn, seen } = logging(toTw);
      await createPageConverter(document).convert(fn, 'zh-TW');
      const order = seen.map((s) => Number(/第(\d+)段/.exec(s)?.[1]));
      // On screen: paragraphs whose box meets 0–768, i.e. 8..15, converted and written first.
      expect(order.slice(0, 8)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
      const rest = order.slice(8);
      expect(rest.indexOf(16)).toBeLessThan(rest.indexOf(0));
      expect(new Set(order)).toEqual(new Set(ps.map((_, i) => i)));
      expect(ps.every((p, i) => p.textContent === `第${i}段發展`)).toBe(true);
    },
  );

  it('does not write over text the page changed between converting and writing', async () => {
    document.body.innerHTML = Array.from({ length: 60 }, (_, i) => `<p>第${i}段发展</p>`).join('');
    const first = document.querySelector('p')!.firstChild as Text;
    // An injected clock, 1 ms per conversion (no busy-wait): slices and write times are the same on a
    // loaded machine as on an idle one.
    let clock = 0;
    let calls = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slow: TextConverter = (s) => {
      clock += 1;
      calls++;
      return toTw(s);
    };
    const pc = createPageConverter(document);
    const pass = pc.convert(slow, 'zh-TW');
    // Converted (the first block is, a slice is 8 ms) but not yet written (the first write waits 50 ms):
    // the page changes it. Each turn lets the pass run at most a slice or two.
    while (calls < 2) await new Promise((r) => setTimeout(r, 0));
    expect(first.data).toBe('第0段发展');
    first.data = '头发';
    await pass;
    // The page's text stands (it is not replaced by the conversion of what was there before).
    expect(first.data).toBe('头发');
    expect(document.body.lastElementChild!.textContent).toBe('第59段發展');
    // With the observer on (as after convert()), the page's new text is converted in turn.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    pc.observe(slow);
    first.data = '头发!';
    await vi.advanceTimersByTimeAsync(150);
    expect(first.data).toBe('頭髮!');
    pc.restore();
    expect(first.data).toBe('头发!');
    expect(document.body.lastElementChild!.textContent).toBe('第59段发展');
  });

  it('keeps walking when the page removes the block being converted', async () => {
    document.body.innerHTML = Array.from({ length: 60 }, (_, i) => `<p>第${i}段发展</p>`).join('');
    const ps = [...document.querySelectorAll('p')];
    // The page removes the block the walk is at (and one before it) while it is being converted.
    const fn: TextConverter = (s) => {
      if (s.startsWith('第10段')) {
        ps[10]!.remove();
        ps[3]!.remove();
      }
      return toTw(s);
    };
    await createPageConverter(document).convert(fn, 'zh-TW');
    const left = [...document.querySelectorAll('p')];
    expect(left.length).toBe(58);
    for (const p of nonEmpty(left)) expect(p.textContent).toMatch(/發展$/);
  });
});
