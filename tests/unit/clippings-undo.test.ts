import { describe, expect, it } from 'vitest';
import { getClipping, openClippingsDb } from '../../lib/clippings/db';
import { createClippingsHandlers } from '../../lib/clippings/handlers';
import type { ClippingInput } from '../../lib/types';

const article: ClippingInput = {
  url: 'https://news.example.cn/b/7.html',
  title: '縣裡推進春耕備耕',
  site: '示例晚報',
  byline: null,
  published: null,
  kind: 'article',
  text: '各鄉鎮抓緊春耕備耕。',
  script: 'zh-Hant',
};
const fromTab = { extensionOrigin: 'chrome-extension://abc/', sender: { tab: { id: 3 } } };

function setUp() {
  const db = openClippingsDb();
  const { handlers, save } = createClippingsHandlers(() => db);
  return { db, handlers, save };
}

describe('undo of a save', () => {
  it('puts the previous version back after an update', async () => {
    const { db, handlers, save } = setUp();
    const first = await save(article);
    await save({ ...article, text: '改過的正文。' });
    expect(await handlers.undoSave.run({ id: first.id }, fromTab)).toEqual({ undone: true });
    expect((await getClipping(db, first.id))?.text).toBe(article.text);
  });

  it('deletes a new clipping', async () => {
    const { db, handlers, save } = setUp();
    const { id } = await save(article);
    expect(await handlers.undoSave.run({ id }, fromTab)).toEqual({ undone: true });
    expect(await getClipping(db, id)).toBeUndefined();
  });

  it('does not bring back a clipping deleted since (clear all, review page)', async () => {
    const { db, handlers, save } = setUp();
    const { id } = await save(article);
    await save({ ...article, text: '改過的正文。' });
    await db.clippings.clear();
    expect(await handlers.undoSave.run({ id }, fromTab)).toEqual({ undone: false });
    expect(await db.clippings.count()).toBe(0);
  });
});
