import { describe, expect, it } from 'vitest';
import {
  deleteClippings,
  openClippingsDb,
  putClippings,
  saveClipping,
  updateAnnotations,
} from '../../lib/clippings/db';
import { fold } from '../../lib/clippings/fold';
import { FOLD_FROM, FOLD_TO } from '../../lib/clippings/fold-chars';
import { facets, queryIds, SearchCache, searchIds } from '../../lib/clippings/query';
import { matchRanges, parseQuery } from '../../lib/clippings/search';
import type { ClippingInput } from '../../lib/types';
import { computeFoldPairs } from '../../scripts/gen-fold-chars';

const base: ClippingInput = {
  url: 'https://a.example/1',
  title: '標題',
  site: '甲報',
  byline: null,
  published: null,
  kind: 'article',
  text: '',
  script: 'zh-Hant',
};

describe('fold', () => {
  it('folds Traditional, Taiwan and Hong Kong forms to Simplified, one for one', () => {
    expect(fold('領導')).toBe('领导');
    expect(fold('裡裏')).toBe('里里');
    expect(fold('ＡＢｃ Wenzhai')).toBe('abc wenzhai');
    const s = '香港特區政府公布最新失業率數字';
    expect(fold(s)).toHaveLength(s.length);
    expect(fold('领导')).toBe('领导');
  });

  it('the generated table is what opencc-js gives today', () => {
    expect(computeFoldPairs()).toEqual({ from: FOLD_FROM, to: FOLD_TO });
  });
});

describe('queries', () => {
  it('parses a query into folded terms', () => {
    expect(parseQuery(' 高質量發展 ')).toEqual({ terms: ['高质量发展'] });
    expect(parseQuery('領導，會議 Ｗenzhai').terms).toEqual(['领导', '会议', 'wenzhai']);
    expect(parseQuery('黨').terms).toEqual(['党']);
    expect(parseQuery('   ').terms).toEqual([]);
  });

  it('finds match ranges in the original text through the fold', () => {
    expect(matchRanges('他說領導和领导', ['领导'])).toEqual([
      [2, 4],
      [5, 7],
    ]);
  });
});

describe('search', () => {
  it('finds 領導 by 领导 and the reverse, with no spaces, and only real contiguous matches', async () => {
    const db = openClippingsDb();
    const a = await saveClipping(db, { ...base, text: '市委領導班子召開會議，研究高質量發展。' });
    const b = await saveClipping(db, { ...base, url: 'https://b.example/', text: '各级领导干部要带头' });
    const c = await saveClipping(db, { ...base, url: 'https://c.example/', text: '發展質量高，導領有方' });
    expect(await searchIds(db, '领导')).toEqual(new Set([a.id, b.id]));
    expect(await searchIds(db, '領導幹部')).toEqual(new Set([b.id]));
    // c has every bigram-ish piece of 高质量发展 but not the phrase.
    expect(await searchIds(db, '高质量发展')).toEqual(new Set([a.id]));
    expect(await searchIds(db, '導')).toEqual(new Set([a.id, b.id, c.id]));
    expect(await searchIds(db, '領導 會議')).toEqual(new Set([a.id]));
    expect(await searchIds(db, '无此词')).toEqual(new Set());
  });

  it('searches notes and tags too, and follows edits', async () => {
    const db = openClippingsDb();
    const { id } = await saveClipping(db, { ...base, text: '正文' });
    expect(await searchIds(db, '复习')).toEqual(new Set());
    await updateAnnotations(db, id, { note: '考前複習', tags: ['外交'] });
    expect(await searchIds(db, '复习')).toEqual(new Set([id]));
    expect(await searchIds(db, '外交')).toEqual(new Set([id]));
  });

  it('filters by site, tag, kind and date, newest first, combined with search', async () => {
    const db = openClippingsDb();
    const a = await saveClipping(db, { ...base, text: '經濟' }, 1000);
    const b = await saveClipping(
      db,
      { ...base, url: 'https://b.example/', site: '乙報', text: '经济' },
      2000,
    );
    const c = await saveClipping(
      db,
      { ...base, url: 'https://c.example/', kind: 'selection', text: '經濟' },
      3000,
    );
    await updateAnnotations(db, a.id, { tags: ['財經'] });
    expect(await queryIds(db)).toEqual([c.id, b.id, a.id]);
    expect(await queryIds(db, { site: '乙報' })).toEqual([b.id]);
    expect(await queryIds(db, { tag: '財經' })).toEqual([a.id]);
    expect(await queryIds(db, { kind: 'selection' })).toEqual([c.id]);
    expect(await queryIds(db, { from: 1500, to: 2500 })).toEqual([b.id]);
    expect(await queryIds(db, { query: '经济', site: '甲報' })).toEqual([c.id, a.id]);
    expect(await facets(db)).toEqual({ sites: ['乙報', '甲報'], tags: ['財經'] });
  });

  it('a page’s search cache follows saves, edits, deletes and restores', async () => {
    const db = openClippingsDb();
    let clock = 0;
    const cache = new SearchCache(() => clock);
    const a = await saveClipping(db, { ...base, text: '香港特區' }, 1000);
    expect(await searchIds(db, '特区', cache)).toEqual(new Set([a.id]));
    const b = await saveClipping(db, { ...base, url: 'https://b.example/', text: '特區政府' }, 2000);
    expect(await searchIds(db, '特区', cache)).toEqual(new Set([a.id, b.id]));
    await updateAnnotations(db, a.id, { note: '筆記' }, 3000);
    expect(await searchIds(db, '笔记', cache)).toEqual(new Set([a.id]));
    const removed = await deleteClippings(db, [a.id]);
    cache.invalidate(); // the page deleted: it says so
    expect(await searchIds(db, '特区', cache)).toEqual(new Set([b.id]));
    await putClippings(db, removed); // Undo puts back a record with its old updatedAt
    cache.invalidate();
    expect(await searchIds(db, '特区', cache)).toEqual(new Set([a.id, b.id]));
    // A deletion elsewhere (the toast's Undo, in the background) is noticed within two seconds.
    await deleteClippings(db, [b.id]);
    expect(await searchIds(db, '特区', cache)).toEqual(new Set([a.id, b.id]));
    clock += 2500;
    expect(await searchIds(db, '特区', cache)).toEqual(new Set([a.id]));
  });
});
