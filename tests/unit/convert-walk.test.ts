// The page converter's walk (textRuns): same runs as a plain recursive reading of the rules, on random
// trees, from any starting block; and it keeps its place when the page moves nodes while it waits.
import { describe, expect, it } from 'vitest';
import { MAYBE_HAN } from '../../lib/convert/page/dom-labels';
import {
  BOUNDARY,
  BOUNDARY_TAGS,
  MAX_RUN,
  SKIP_TAGS,
  SKIPPED,
  textRuns,
  type WalkHooks,
} from '../../lib/convert/page/dom-walk';

const hooks: WalkHooks = {
  sourceOf: (node) => node.data,
  enter: (el) =>
    (SKIP_TAGS.has(el.tagName.toUpperCase()) ? SKIPPED : 0) |
    (BOUNDARY_TAGS.has(el.tagName.toUpperCase()) ? BOUNDARY : 0),
};

/** The rules read plainly: blocks and skipped elements end runs, a run starts at Han text, and a
 *  run is cut before a node that would take it past MAX_RUN. */
function referenceRuns(scope: Element): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let len = 0;
  const end = () => {
    if (run.length) runs.push(run);
    run = [];
    len = 0;
  };
  const walk = (el: Element) => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (MAYBE_HAN.test(data)) {
          if (len + data.length > MAX_RUN && run.length) end();
          run.push(data);
          len += data.length;
        } else if (run.length) {
          run.push(data);
          len += data.length;
        }
      } else if (node.nodeType === 1) {
        const child = node as Element;
        const tag = child.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) {
          end();
          continue;
        }
        if (BOUNDARY_TAGS.has(tag)) end();
        walk(child);
        if (BOUNDARY_TAGS.has(tag)) end();
      }
    }
  };
  walk(scope);
  end();
  return runs;
}

/** A small deterministic generator, so a failing tree can be rebuilt from its seed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const TAGS = ['p', 'div', 'b', 'span', 'em', 'br', 'code', 'li', 'a'];
const TEXTS = ['发展', 'abc', ' ', '头', '发', '12', '经济增长', ''];

function randomTree(rand: () => number, depth: number): string {
  let html = '';
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    if (depth > 3 || rand() < 0.45) html += TEXTS[Math.floor(rand() * TEXTS.length)];
    else {
      const tag = TAGS[Math.floor(rand() * TAGS.length)]!;
      html += tag === 'br' ? '<br>' : `<${tag}>${randomTree(rand, depth + 1)}</${tag}>`;
    }
  }
  return html;
}

const collect = (scope: Element, from?: Element, until?: Element): string[][] =>
  Array.from(textRuns(scope, hooks, from, until), (run) => {
    expect(run.sources).toEqual(run.nodes.map((n) => n.data));
    return run.sources;
  });

describe('textRuns', () => {
  it('gives the runs a plain recursive reading gives, on 300 random trees', () => {
    for (let seed = 1; seed <= 300; seed++) {
      document.body.innerHTML = randomTree(random(seed), 0);
      expect({ seed, runs: collect(document.body) }).toEqual({ seed, runs: referenceRuns(document.body) });
    }
  });

  it('gives the same runs from a block and up to it as the whole walk', () => {
    document.body.innerHTML =
      '<div><p>第一段<b>发</b>展</p><section><p>第二段</p><p id="mid">第三段<em>头</em></p></section></div><p>第四段</p>';
    const mid = document.getElementById('mid')!;
    const all = collect(document.body);
    expect([...collect(document.body, undefined, mid), ...collect(document.body, mid)]).toEqual(all);
  });

  it('cuts runs longer than MAX_RUN between text nodes only', () => {
    const piece = '发'.repeat(700);
    document.body.innerHTML = `<p>${piece}<b>${piece}</b>${piece}<i>${piece}</i></p>`;
    const runs = collect(document.body);
    expect(runs.map((r) => r.length)).toEqual([2, 2]);
    expect(runs.flat().join('')).toBe(piece.repeat(4));
  });

  it('keeps its place when the page removes, moves and inserts blocks while it waits', () => {
    document.body.innerHTML = `<div id="feed">${Array.from({ length: 12 }, (_, i) => `<p>第${i}段</p>`).join('')}</div>`;
    const feed = document.getElementById('feed')!;
    const ps = Array.from(feed.children);
    const seen: string[] = [];
    for (const run of textRuns(document.body, hooks)) {
      const text = run.sources.join('');
      seen.push(text);
      // While the converter has the thread given back, the page rearranges things.
      if (text === '第2段') ps[2]!.remove(); // the block the walk is in
      if (text === '第5段') ps[6]!.remove(); // the next one
      if (text === '第7段') feed.insertBefore(ps[9]!, ps[8]!); // a later one moved up
      if (text === '第10段') ps[0]!.remove(); // an earlier one
    }
    expect(seen).toEqual([
      '第0段',
      '第1段',
      '第2段',
      '第3段',
      '第4段',
      '第5段',
      '第7段',
      '第9段',
      '第8段',
      '第10段',
      '第11段',
    ]);
  });

  it('keeps its place among siblings when the page removes text before it while it waits', () => {
    document.body.innerHTML = '<div>甲<br>乙<br>丙<img alt="">丁</div>';
    const div = document.body.firstElementChild!;
    const seen: string[] = [];
    for (const run of textRuns(document.body, hooks)) {
      const text = run.sources.join('');
      seen.push(text);
      // The walk waits at the <br> after 甲 (its run ended there); the page drops 甲's text node.
      if (text === '甲') div.firstChild!.remove();
      if (text === '乙') div.insertBefore(document.createTextNode('新'), div.firstChild);
    }
    expect(seen).toEqual(['甲', '乙', '丙', '丁']);
  });

  it('walks a level again, once, when the page removes its node and the one after', () => {
    document.body.innerHTML = `<div>${Array.from({ length: 6 }, (_, i) => `<p>第${i}段</p>`).join('')}</div>`;
    const ps = Array.from(document.querySelectorAll('p'));
    const seen: string[] = [];
    for (const run of textRuns(document.body, hooks)) {
      const text = run.sources.join('');
      seen.push(text);
      if (text === '第2段') {
        ps[2]!.remove();
        ps[3]!.remove();
      }
    }
    // Nothing the page kept is missed; what was walked before is read again (harmless: originals).
    expect(seen).toEqual(['第0段', '第1段', '第2段', '第0段', '第1段', '第4段', '第5段']);
  });

  it('ends even when the page removes something at every step', () => {
    document.body.innerHTML = `<div>${Array.from({ length: 40 }, (_, i) => `<p>第${i}段</p>`).join('')}</div>`;
    const div = document.body.firstElementChild!;
    let steps = 0;
    for (const _ of textRuns(document.body, hooks)) {
      steps++;
      // A ticker: the page drops the block after the walk's and the one after that.
      div.children[1]?.remove();
      div.children[1]?.remove();
      if (steps > 200) break;
    }
    expect(steps).toBeLessThan(200);
  });

  it('finds its place again when the page removes the element it is inside', () => {
    document.body.innerHTML =
      '<div id="a"><p>甲一</p><p>甲二</p><p>甲三</p></div><div id="b"><p>乙一</p></div>';
    const a = document.getElementById('a')!;
    const seen: string[] = [];
    for (const run of textRuns(document.body, hooks)) {
      const text = run.sources.join('');
      seen.push(text);
      if (text === '甲一') a.remove();
    }
    expect(seen).toEqual(['甲一', '甲二', '甲三', '乙一']);
  });
});
