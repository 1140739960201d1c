// The candidate finder's statistics (lib/glossary/candidates.ts) on a few hand-written pages.
import { describe, expect, it } from 'vitest';
import { findCandidates, oovRuns } from '../../lib/glossary/candidates';

const KNOWN = new Set([
  '会议',
  '强调',
  '今天',
  '发展',
  '工作',
  '我们',
  '经济',
  '推进',
  '提出',
  '要求',
  '记者',
]);
const known = (s: string) => KNOWN.has(s);

// 新质生产力 recurs on three pages (of four) between varied neighbours; 会议强调 is made of known words but also
// recurs; 的 and 是 edge phrases; 有一 is frequent but only glue.
const PAGES = [
  '会议强调，发展新质生产力。今天我们提出新质生产力的要求，记者说有一个。',
  '经济工作要推进新质生产力，这是有一种说法。会议强调工作。',
  '新质生产力！会议强调发展，有一点。我们看新质生产力。',
  // 有 and 一 are common on their own, so 有一 is no closer-knit than chance.
  '有人有钱有事有心，一天一年一次一样，没有，唯一，只有，统一，第一。',
];

describe('glossary candidates', () => {
  const found = findCandidates(PAGES, { known, minCount: 3, minPages: 2, minEntropy: 1, minCohesion: 1 });
  const texts = found.map((c) => c.text);

  it('finds a recurring unknown term with its statistics', () => {
    const term = found.find((c) => c.text === '新质生产力');
    expect(term).toMatchObject({ count: 5, pages: 3 });
    expect(term!.leftEntropy).toBeGreaterThan(1);
    expect(term!.rightEntropy).toBeGreaterThan(1);
  });

  it('drops fragments of a longer candidate, known words and particle-edged strings', () => {
    expect(texts).not.toContain('新质生产'); // only ever inside 新质生产力
    expect(texts).not.toContain('质生产力');
    expect(texts).not.toContain('发展');
    expect(texts.some((t) => t.endsWith('的') || t.startsWith('的'))).toBe(false);
  });

  it('drops strings on too few pages', () => {
    const strict = findCandidates(PAGES, { known, minCount: 3, minPages: 4, minCohesion: 1 });
    expect(strict).toEqual([]);
  });

  it('drops frequent glue with low cohesion', () => {
    const glue = found.find((c) => c.text === '有一')!;
    const term = found.find((c) => c.text === '新质生产力')!;
    expect(glue.cohesion).toBeLessThan(term.cohesion);
    const minCohesion = (glue.cohesion + term.cohesion) / 2;
    const cohesive = findCandidates(PAGES, { known, minCount: 3, minPages: 2, minEntropy: 1, minCohesion });
    expect(cohesive.map((c) => c.text)).toContain('新质生产力');
    expect(cohesive.map((c) => c.text)).not.toContain('有一');
  });

  it('reports runs that a dictionary segmentation leaves as single characters', () => {
    expect(oovRuns('会议强调新质生产力', known)).toEqual(['新质生产力']);
    expect(oovRuns('我们今天', known)).toEqual([]);
  });
});
