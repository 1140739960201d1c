import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  deleteClippings,
  getClipping,
  listClippings,
  openClippingsDb,
  putClippings,
  saveClipping,
  selectionsForPage,
  storageErrorMessage,
  updateAnnotations,
} from '../../lib/clippings/db';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2 } from '../../lib/clippings/versions';
import type { ClippingInput } from '../../lib/types';

const article: ClippingInput = {
  url: 'https://news.example.cn/a/1.html',
  title: '市政府召開常務會議',
  site: '示例日報',
  byline: '記者 王明',
  published: '2025-03-06T09:30:00+08:00',
  kind: 'article',
  text: '會議強調，要堅持高質量發展。',
  script: 'zh-Hant',
};

describe('clippings db', () => {
  it('saves and lists newest first', async () => {
    const db = openClippingsDb();
    await saveClipping(db, article, 1000);
    await saveClipping(db, { ...article, url: 'https://news.example.cn/a/2.html', title: '第二篇' }, 2000);
    const list = await listClippings(db);
    expect(list.map((c) => c.title)).toEqual(['第二篇', '市政府召開常務會議']);
    expect(list[1]).toMatchObject({ ...article, savedAt: 1000, updatedAt: 1000, note: '', tags: [] });
  });

  it('updates the same article instead of duplicating it, keeping note and tags', async () => {
    const db = openClippingsDb();
    const first = await saveClipping(db, article, 1000);
    await updateAnnotations(db, first.id, { note: '重要', tags: ['經濟'] }, 1500);
    const again = await saveClipping(db, { ...article, text: '更新後的全文。' }, 3000);
    expect(again).toMatchObject({ id: first.id, updated: true });
    expect(again.previous?.text).toBe(article.text);
    expect(await db.clippings.count()).toBe(1);
    expect(await getClipping(db, first.id)).toMatchObject({
      text: '更新後的全文。',
      note: '重要',
      tags: ['經濟'],
      savedAt: 1000,
      updatedAt: 3000,
    });
  });

  it('matches an article again by its canonical URL', async () => {
    const db = openClippingsDb();
    const canonicalUrl = 'https://news.example.cn/a/1.html';
    const first = await saveClipping(db, { ...article, url: `${canonicalUrl}?utm_source=x`, canonicalUrl });
    const again = await saveClipping(db, { ...article, url: `${canonicalUrl}?from=wechat`, canonicalUrl });
    expect(again.id).toBe(first.id);
    expect(await db.clippings.count()).toBe(1);
  });

  it('keeps every selection from the same page', async () => {
    const db = openClippingsDb();
    await saveClipping(db, { ...article, kind: 'selection', text: '一' });
    await saveClipping(db, { ...article, kind: 'selection', text: '二' });
    expect(await db.clippings.count()).toBe(2);
  });

  it('two saves at the same moment both land', async () => {
    const db = openClippingsDb();
    const [a, b] = await Promise.all([
      saveClipping(db, { ...article, url: 'https://a.example/1' }),
      saveClipping(db, { ...article, url: 'https://b.example/2' }),
    ]);
    expect(a.id).not.toBe(b.id);
    expect(await db.clippings.count()).toBe(2);
    expect(await db.search.count()).toBe(2);
  });

  it('two saves of the same article at once make one clipping', async () => {
    const db = openClippingsDb();
    await Promise.all([saveClipping(db, article), saveClipping(db, article)]);
    expect(await db.clippings.count()).toBe(1);
  });

  it('a failed save writes nothing (record and search row go together)', async () => {
    const db = openClippingsDb();
    await saveClipping(db, article);
    const put = db.search.put.bind(db.search);
    db.search.put = (() =>
      Promise.reject(
        Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
      )) as unknown as typeof put;
    const error = await saveClipping(db, { ...article, url: 'https://b.example/2' }).catch((e: unknown) => e);
    db.search.put = put;
    expect(storageErrorMessage(error)).toMatch(/storage for Wenzhai is full/);
    expect(await db.clippings.count()).toBe(1);
    expect(await db.search.count()).toBe(1);
  });

  it('deletes and puts back exactly (Undo)', async () => {
    const db = openClippingsDb();
    const { id } = await saveClipping(db, article);
    const before = await getClipping(db, id);
    const removed = await deleteClippings(db, [id]);
    expect(await db.clippings.count()).toBe(0);
    expect(await db.search.count()).toBe(0);
    await putClippings(db, removed);
    expect(await getClipping(db, id)).toEqual(before);
    expect(await db.search.count()).toBe(1);
  });

  it('finds the selections of a page by URL or canonical URL', async () => {
    const db = openClippingsDb();
    const anchor = { exact: '高質量', prefix: '堅持', suffix: '發展', position: 7 };
    await saveClipping(db, {
      ...article,
      kind: 'selection',
      text: '高質量',
      anchor,
      canonicalUrl: 'https://c.example/x',
    });
    await saveClipping(db, article);
    expect((await selectionsForPage(db, [article.url])).map((c) => c.text)).toEqual(['高質量']);
    expect(await selectionsForPage(db, ['https://c.example/x'])).toHaveLength(1);
    expect(await selectionsForPage(db, ['https://other.example/'])).toHaveLength(0);
  });

  it('data survives closing and reopening the database', async () => {
    const db = openClippingsDb('reopen-test');
    const { id } = await saveClipping(db, article);
    db.close();
    const reopened = openClippingsDb('reopen-test');
    expect((await getClipping(reopened, id))?.title).toBe(article.title);
  });
});

describe('schema upgrade v1 → v2', () => {
  it('upgrades data written by v1 and makes it searchable', async () => {
    // Written exactly as the first release wrote it: the v1 schema, v1 records.
    const v1 = new Dexie('upgrade-test');
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('clippings').bulkAdd([
      {
        url: 'https://a.example/1',
        title: '領導講話',
        site: 'A',
        byline: null,
        published: null,
        kind: 'article',
        text: '全文領導',
        script: 'zh-Hant',
        savedAt: 10,
      },
      {
        url: 'https://a.example/1',
        title: '選段',
        site: 'A',
        byline: null,
        published: null,
        kind: 'selection',
        text: '一段話',
        script: 'zh-Hans',
        savedAt: 20,
      },
    ]);
    v1.close();

    const db = openClippingsDb('upgrade-test');
    const all = await db.clippings.orderBy('id').toArray();
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({
      id: 1,
      title: '領導講話',
      savedAt: 10,
      updatedAt: 10,
      canonicalUrl: null,
      html: '',
      note: '',
      tags: [],
      anchor: null,
      sentence: '',
    });
    expect(await db.search.count()).toBe(2);
    expect((await db.search.get(1))?.folded).toContain('领导讲话');
    expect(db.verno).toBe(CURRENT_VERSION);
  });
});

describe('schema upgrade v2 → v3', () => {
  it('adds shownScript: a selection was read in its own script, an article’s is not known', async () => {
    // Written as v2 wrote it: the v2 schema (and v1 before it), v2 records without shownScript.
    const v2 = new Dexie('upgrade-v3-test');
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const v2Fields = { canonicalUrl: null, html: '', anchor: null, sentence: '', note: '記', tags: ['經濟'] };
    await v2.table('clippings').bulkAdd([
      { ...article, ...v2Fields, savedAt: 10, updatedAt: 11 },
      {
        ...article,
        ...v2Fields,
        kind: 'selection',
        text: '高质量发展',
        script: 'zh-Hans',
        savedAt: 20,
        updatedAt: 20,
      },
    ]);
    v2.close();

    const db = openClippingsDb('upgrade-v3-test');
    const [a, s] = await db.clippings.orderBy('id').toArray();
    expect(db.verno).toBe(3);
    expect(a).toMatchObject({
      kind: 'article',
      script: 'zh-Hant',
      shownScript: null,
      note: '記',
      tags: ['經濟'],
    });
    expect(s).toMatchObject({
      kind: 'selection',
      script: 'zh-Hans',
      shownScript: 'zh-Hans',
      text: '高质量发展',
    });
    db.close();
  });

  it('stores the script the user was reading next to the original', async () => {
    const db = openClippingsDb('shown-script-test');
    const { id } = await saveClipping(db, { ...article, shownScript: 'zh-Hans' });
    expect(await getClipping(db, id)).toMatchObject({
      script: 'zh-Hant',
      shownScript: 'zh-Hans',
      text: article.text,
    });
    const plain = await saveClipping(db, { ...article, url: 'https://news.example.cn/a/2.html' });
    expect((await getClipping(db, plain.id))?.shownScript).toBeNull();
    db.close();
  });
});
