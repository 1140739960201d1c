// The sliced detector (the content script's) gives the same article as the synchronous one, and pauses
// between slices. The clock is injected: no test here depends on how fast the machine is.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle, detectArticleSliced } from '../../lib/article/detect';
import { runSliced, runSteps, type Steps } from '../../lib/article/steps';
import { parseDocument } from '../../lib/node/dom';

const dir = path.resolve(__dirname, '../fixtures/articles');
const cases = readdirSync(dir)
  .filter((n) => !n.startsWith('.'))
  .sort();

/** A clock that moves `tick` ms each time it is read. */
function steppingClock(tick: number): () => number {
  let now = 0;
  return () => (now += tick);
}

function* counting(n: number): Steps<number> {
  for (let i = 0; i < n; i++) yield 'step';
  return n;
}

describe('runSliced', () => {
  it('pauses once a slice has run its budget, and returns what the steps return', async () => {
    let pauses = 0;
    const pause = async (): Promise<void> => {
      pauses++;
    };
    // Each read of the clock moves it 5 ms: a 12 ms budget is spent every two or three steps.
    const result = await runSliced(counting(30), { budgetMs: 12, pause, clock: steppingClock(5) });
    expect(result).toBe(30);
    expect(pauses).toBeGreaterThanOrEqual(10);
    expect(runSteps(counting(7))).toBe(7);
  });
});

describe('detectArticleSliced', () => {
  it.each(cases)('%s: same article as detectArticle, with pauses', async (name) => {
    const html = readFileSync(path.join(dir, name, 'source.html'), 'utf8');
    const url = `https://fixtures.example/${name}/`;
    const sync = detectArticle(parseDocument(html, url), url, { now: 1_700_000_000_000 });
    let pauses = 0;
    const sliced = await detectArticleSliced(parseDocument(html, url), url, {
      now: 1_700_000_000_000,
      budgetMs: 1,
      clock: steppingClock(1),
      pause: async () => {
        pauses++;
      },
    });
    expect(sliced).toEqual(sync);
    expect(pauses).toBeGreaterThan(5);
  });
});
