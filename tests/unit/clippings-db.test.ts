import { describe, expect, it } from 'vitest';
import { getClipping, listClippings, openClippingsDb, saveClipping } from '../../lib/clippings/db';
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
    expect(list[1]).toMatchObject({ ...article, savedAt: 1000 });
  });

  it('updates the same article instead of duplicating it', async () => {
    const db = openClippingsDb();
    const first = await saveClipping(db, article, 1000);
    const again = await saveClipping(db, { ...article, text: '更新後的全文。' }, 3000);
    expect(again).toEqual({ id: first.id, updated: true });
    expect(await db.clippings.count()).toBe(1);
    expect((await getClipping(db, first.id))?.text).toBe('更新後的全文。');
  });

  it('keeps every selection from the same page', async () => {
    const db = openClippingsDb();
    await saveClipping(db, { ...article, kind: 'selection', text: '一' });
    await saveClipping(db, { ...article, kind: 'selection', text: '二' });
    expect(await db.clippings.count()).toBe(2);
  });

  it('data survives closing and reopening the database', async () => {
    const db = openClippingsDb('reopen-test');
    const { id } = await saveClipping(db, article);
    db.close();
    const reopened = openClippingsDb('reopen-test');
    expect((await getClipping(reopened, id))?.title).toBe(article.title);
  });
});
