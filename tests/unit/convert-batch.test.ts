import { describe, expect, it } from 'vitest';
import { createPageConverter } from '../../lib/convert/page/dom';
import { BATCH_RUNS, RunBatch } from '../../lib/convert/page/dom-batch';
import { createWordConverter } from '../../lib/convert/text/engine';
import { parseLexicon } from '../../lib/convert/text/lexicon';
import { compileLexicon } from '../../lib/convert/text/lexicon-compile';
import type { TextConverter } from '../../lib/convert/text/text';

// A small lexicon of our own, with made-up counts: enough for words that decide a character.
const lexicon = parseLexicon(
  compileLexicon({
    s2t: [
      '头发 頭髮|了解 瞭解',
      '发 發|头 頭|后 後|来 來|经 經|济 濟|展 展|只 只|计 計|软 軟|机 機|干 幹|面 面',
    ],
    t2s: ['', '發 发|髮 发|頭 头|後 后|來 来'],
    cedict: [
      { simplified: '发展', traditional: '發展', definitions: ['development'] },
      { simplified: '一只', traditional: '一隻', definitions: ['one (animal)'] },
      { simplified: '计算机', traditional: '計算機', definitions: ['computer'] },
    ],
    frequency: new Map([
      ['发', 3000],
      ['头', 2000],
      ['发展', 2000],
      ['只', 3000],
      ['一只', 300],
    ]),
  }),
);
const toTw = createWordConverter({ from: 'cn', to: 'tw', lexicon });
const toTwp = createWordConverter({ from: 'cn', to: 'twp', lexicon });

/** A run of one text node per string, in a detached paragraph each. */
function runsOf(texts: string[]): { nodes: Text[]; sources: string[] }[] {
  return texts.map((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    return { nodes: [p.firstChild as Text], sources: [t] };
  });
}

describe('RunBatch', () => {
  it('converts the runs of a batch in one call, each cut at its own offsets', () => {
    let calls = 0;
    const counting: TextConverter = Object.assign((s: string) => toTw(s), {
      aligned: (s: string) => {
        calls++;
        return toTw.aligned!(s);
      },
    });
    const batch = new RunBatch(counting);
    const runs = runsOf(['经济发展', '头', '发', 'abc', '后来']);
    for (const run of runs) batch.add(run);
    const out: string[] = [];
    batch.flush(
      (_node, _data, value) => out.push(value),
      () => out.push('(single)'),
    );
    expect(calls).toBe(1);
    // 头 and 发 are separate runs: never read as the word 头发 (頭髮).
    expect(out).toEqual(['經濟發展', '頭', '發', '後來']);
  });

  it('is full after BATCH_RUNS runs, and at once for converters that cannot batch', () => {
    const batch = new RunBatch(toTw);
    for (const run of runsOf(Array.from({ length: BATCH_RUNS - 1 }, () => '发展'))) batch.add(run);
    expect(batch.full).toBe(false);
    batch.add(runsOf(['发展'])[0]!);
    expect(batch.full).toBe(true);
    const plain = new RunBatch((s: string) => s);
    plain.add(runsOf(['发展'])[0]!);
    expect(plain.full).toBe(true);
  });

  it('converts run by run where a phrase changes length, and stops trying after a few', () => {
    let batched = 0;
    const counting: TextConverter = Object.assign((s: string) => toTwp(s), {
      aligned: (s: string) => {
        if (s.includes('\n')) batched++;
        return toTwp.aligned!(s);
      },
      pieces: toTwp.pieces,
    });
    const batch = new RunBatch(counting);
    const singles: string[] = [];
    for (let i = 0; i < 10; i++) {
      for (const run of runsOf(['坐的士', '发展'])) batch.add(run);
      batch.flush(
        () => {},
        (run) => singles.push(run.sources[0]!),
      );
    }
    expect(singles).toHaveLength(20);
    expect(batched).toBe(3);
  });
});

describe('page conversion in batches', () => {
  it('gives what converting each paragraph alone gives', async () => {
    const paras = ['头', '发', '一只', '只', '计算机', '软件发展', '了解了如何', '<b>头</b>发', '干', '面'];
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<p>${paras[i % paras.length]}</p>`).join(
      '',
    );
    const expected = [...document.querySelectorAll('p')].map((p) => {
      const copy = document.createElement('div');
      copy.innerHTML = p.innerHTML;
      return copy;
    });
    await createPageConverter(document).convert(toTw, 'zh-TW');
    for (const [i, p] of [...document.querySelectorAll('p')].entries()) {
      const alone = document.createElement('body');
      alone.innerHTML = `<p>${expected[i]!.innerHTML}</p>`;
      await createPageConverter(document, { root: alone }).convert(toTw, 'zh-TW');
      expect(p.outerHTML).toBe(alone.innerHTML);
    }
  });
});
