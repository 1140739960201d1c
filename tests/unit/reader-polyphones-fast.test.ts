// The reader scores polyphones from tables compiled once per model (polyphones-score.ts predictReading); this
// checks it against the plain reading of the model: every feature spelt "group=value" (siteFeatures) and
// looked up in the file's records, the global features likewise (readingFeatures), summed in the same
// order. Any difference in a single character's reading fails.
import { describe, expect, it } from 'vitest';
import { loadReadingModelFromDisk } from '../../lib/reader/node';
import {
  candidates,
  type PolyphoneModel,
  type PolyphoneSite,
  readingFeatures,
  siteFeatures,
} from '../../lib/reader/polyphones';
import { predictReading, siteScores } from '../../lib/reader/polyphones-score';
import { annotate, polyphonesOf, type ReadingModel, readingSite } from '../../lib/reader/readings';
import { nonEmpty } from './non-empty';

const model = loadReadingModelFromDisk();
const polyphones = polyphonesOf(model) as PolyphoneModel;

/** The model read the slow, obvious way: feature strings, record lookups; each candidate's score. */
function plainScores(site: PolyphoneSite): Map<string, number> | undefined {
  const ch = site.text.charAt(site.at);
  const entry = Object.hasOwn(polyphones.chars, ch) ? polyphones.chars[ch] : undefined;
  if (!entry) return undefined;
  const local = new Float64Array(entry.readings.length);
  for (const feature of siteFeatures(site)) {
    const row = Object.hasOwn(entry.weights, feature) ? entry.weights[feature] : undefined;
    for (let i = 0; row && i < row.length && i < local.length; i++)
      local[i] = (local[i] ?? 0) + (row[i] ?? 0);
  }
  const out = new Map<string, number>();
  for (const r of candidates(entry, site)) {
    let global = 0;
    for (const g of readingFeatures(site, r)) {
      global += Object.hasOwn(polyphones.global, g) ? (polyphones.global[g] ?? 0) : 0;
    }
    const i = entry.readings.indexOf(r);
    out.set(r, (i < 0 ? 0 : (local[i] ?? 0)) + global);
  }
  return out;
}

/** The best-scoring candidate; ties keep the dictionary path's reading. */
function plainPrediction(site: PolyphoneSite): string | undefined {
  const scores = plainScores(site);
  if (!scores) return undefined;
  let best = site.ours;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [r, score] of scores) {
    if (score > bestScore || (score === bestScore && r === site.ours)) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}

/** Sentences with polyphones in many positions: text ends, punctuation, digits, Latin, a surrogate pair,
 *  literal '^' and '$', long words, repeated characters in the context window. */
const sentences = [
  '银行行长长大了，他还是没有还钱。',
  '了解了这件事以后，我们都觉得为了大家好，只好这样处理。',
  '重庆的重要性不言而喻；重新来过也不重。',
  '得到了吗？你得去。跑得快的人地上走得稳稳地。',
  '和平与和气，一唱一和。只有一只猫。',
  '数一数2024年的数据：数学考了95分，发展发现头发。',
  '处理好处，处处长长见识。',
  '行^长$为行，都都都。',
  'A行B长C了D着E得',
  '𠀀行长𠀀着了',
  '中华人民共和国国务院总理率团访问了长江三角洲地区的多个城市。',
  '长',
  '了',
  '“好了！”她说着，笑着走了出去，长长的头发飘着。',
  '这个地方的地道小吃很地道，大家都吃得很开心。',
  '他为人正直，行事果断，作为银行的行长，处事公正。',
  '长江长江行长长江长江长大了长江长江',
];

describe('compiled polyphone scoring', () => {
  it('scores every candidate exactly as the plain reading of the model does, at every site', () => {
    const plain: ReadingModel = { ...model, polyphones: null };
    let sites = 0;
    for (const text of nonEmpty(sentences)) {
      const tokens = annotate(text, plain);
      nonEmpty(tokens).forEach((token, k) => {
        let i = 0;
        for (let offset = 0; offset < token.text.length; i++) {
          const wide = token.text.codePointAt(offset) !== token.text.charCodeAt(offset);
          if (!wide && token.readings[i]) {
            const site = readingSite(model, text, tokens, k, offset, i);
            expect(siteScores(polyphones, site), `${text} @${site.at}`).toEqual(plainScores(site));
            expect(predictReading(polyphones, site), `${text} @${site.at}`).toBe(plainPrediction(site));
            if (plainPrediction(site) !== undefined) sites++;
          }
          offset += wide ? 2 : 1;
        }
      });
    }
    expect(sites).toBeGreaterThan(40);
  });

  it('annotate applies those choices, and only to the characters the model knows', () => {
    const plain: ReadingModel = { ...model, polyphones: null };
    let changed = 0;
    for (const text of nonEmpty(sentences)) {
      const before = annotate(text, plain);
      const after = annotate(text, model);
      expect(after.map((t) => [t.text, t.start])).toEqual(before.map((t) => [t.text, t.start]));
      nonEmpty(after).forEach((token, k) => {
        const chars = Array.from(token.text);
        nonEmpty(chars).forEach((ch, i) => {
          const offset = chars.slice(0, i).join('').length;
          const expected =
            token.readings[i] && ch.length === 1
              ? plainPrediction(readingSite(model, text, before, k, offset, i))
              : undefined;
          const want = expected === undefined ? before[k]?.readings[i] : expected.replace(/v/g, 'u:');
          if (want !== before[k]?.readings[i]) changed++;
          expect(token.readings[i], `${text} ${ch}`).toBe(want);
        });
      });
    }
    expect(changed).toBeGreaterThan(0);
  });
});
