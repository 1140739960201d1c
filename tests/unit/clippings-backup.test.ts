import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, importBackup, parseBackup } from '../../lib/clippings/backup';
import { openClippingsDb, saveClipping, updateAnnotations } from '../../lib/clippings/db';
import { clippingsToCsv, clippingToMarkdown, markdownFileName } from '../../lib/clippings/formats';
import { searchIds } from '../../lib/clippings/query';
import type { Clipping, ClippingInput } from '../../lib/types';

const input: ClippingInput = {
  url: 'https://a.example/1',
  title: '領導講話',
  site: '甲報',
  byline: null,
  published: '2025-01-02',
  kind: 'article',
  text: '第一段。\n\n第二段，"引號", =SUM(A1)',
  script: 'zh-Hant',
  html: '<p>第一段。</p>',
};
const strip = ({ id: _id, ...rest }: Clipping) => rest;
const keep = (html: string) => html;

async function filled() {
  const db = openClippingsDb(`db-${Math.random()}`);
  const a = await saveClipping(db, input, 1000);
  await updateAnnotations(db, a.id, { note: '筆記', tags: ['政治', '講話'] }, 1100);
  await saveClipping(
    db,
    {
      ...input,
      kind: 'selection',
      text: '第二段',
      sentence: '第二段，"引號"',
      anchor: { exact: '第二段', prefix: '第一段。', suffix: '，', position: 5 },
    },
    2000,
  );
  return db;
}

describe('JSON backup', () => {
  it('round-trips into an empty database record for record, searchable', async () => {
    const source = await filled();
    const backup = JSON.parse(JSON.stringify(await exportBackup(source)));
    const target = openClippingsDb('fresh');
    expect(await importBackup(target, parseBackup(JSON.stringify(backup)), keep)).toEqual({
      added: 2,
      updated: 0,
      unchanged: 0,
    });
    const a = (await source.clippings.orderBy('savedAt').toArray()).map(strip);
    const b = (await target.clippings.orderBy('savedAt').toArray()).map(strip);
    expect(b).toEqual(a);
    expect((await searchIds(target, '领导'))?.size).toBe(2);
  });

  it('merges without duplicates; the newer edit wins', async () => {
    const db = await filled();
    const backup = await exportBackup(db);
    expect(await importBackup(db, backup, keep)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    const newer = structuredClone(backup);
    newer.clippings[0]!.note = '新筆記';
    newer.clippings[0]!.updatedAt = 9999;
    expect(await importBackup(db, newer, keep)).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect(await db.clippings.count()).toBe(2);
    expect((await db.clippings.toArray()).map((c) => c.note)).toContain('新筆記');
  });

  it('rejects corrupt, foreign and invalid files whole, with a clear message', async () => {
    const good = JSON.stringify(await exportBackup(await filled()));
    expect(() => parseBackup(good.slice(0, 100))).toThrow(/not valid JSON/);
    expect(() => parseBackup('{"hello":1}')).toThrow(/not a Wenzhai clippings backup/);
    expect(() => parseBackup(good.replace('"version":1', '"version":99'))).toThrow(/version 99/);
    const bad = JSON.parse(good);
    bad.clippings[1].tags = 'not a list';
    expect(() => parseBackup(JSON.stringify(bad))).toThrow(BackupError);
    expect(() => parseBackup(JSON.stringify(bad))).toThrow(/Record 2 has an invalid “tags” field/);
    bad.clippings[1].tags = [];
    bad.clippings[1].url = 'javascript:alert(1)';
    expect(() => parseBackup(JSON.stringify(bad))).toThrow(/invalid “url” field/);
  });

  it('an import that fails midway changes nothing', async () => {
    const db = await filled();
    const before = await db.clippings.toArray();
    const other = await exportBackup(await filled());
    other.clippings = other.clippings.map((c, i) => ({ ...c, url: `https://new.example/${i}` }));
    let calls = 0;
    const failing = (html: string) => {
      if (++calls === 2) throw new Error('boom');
      return html;
    };
    await expect(importBackup(db, other, failing)).rejects.toThrow('boom');
    expect(await db.clippings.toArray()).toEqual(before);
  });
});

describe('Markdown and CSV', () => {
  it('writes front matter with title, url, site, date and tags', async () => {
    const db = await filled();
    const [article] = await db.clippings.orderBy('savedAt').toArray();
    const md = clippingToMarkdown(article!);
    expect(md).toMatch(
      /^---\ntitle: "領導講話"\nurl: "https:\/\/a.example\/1"\nsite: "甲報"\ndate: "2025-01-02"\n/,
    );
    expect(md).toContain('tags: ["政治", "講話"]');
    expect(md).toContain('## Note\n\n筆記');
    expect(markdownFileName({ ...article!, title: 'a/b:c' })).toBe('a b c.md');
  });

  it('quotes CSV cells and defuses formulas', async () => {
    const db = await filled();
    const csv = clippingsToCsv(await db.clippings.orderBy('savedAt').toArray());
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,kind,title,url,site,byline,published,savedAt,tags,note,text');
    expect(csv).toContain('"第一段。\n\n第二段，""引號"", =SUM(A1)"');
    expect(clippingsToCsv([{ ...(await db.clippings.toArray())[0]!, note: '=HYPERLINK()' }])).toContain(
      ",'=HYPERLINK()",
    );
  });
});
// DOMPurify is checked in real Chromium (tests/e2e/clippings.test.ts): happy-dom's DOM is not faithful
// enough for it (it lets <script> through there), so a unit test here would test happy-dom.
