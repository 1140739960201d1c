import { describe, expect, it } from 'vitest';
import { createPageConverter } from '../../lib/convert/page/dom';
import { loadLexiconFromDisk } from '../../lib/convert/text/node';
import { PhraseTable } from '../../lib/convert/text/table';
import { createTextConverter, installLexicon, prepareTextConverter } from '../../lib/convert/text/text';

const SAMPLE = '头发很长。她参与制作了纪录片，粉丝发布了照片，软件产业发展迅速。';

describe('building in slices (a page never waits on one long call)', () => {
  it('a table built step by step equals one built at once', () => {
    const group = ['发 發|头发 頭髮|发展 發展', [['软件', '軟件'] as const], '发 髮'];
    const whole = new PhraseTable(group);
    const builder = PhraseTable.builder(group);
    // A deadline already past: each step adds one batch of entries at most.
    while (!builder.step(Number.NEGATIVE_INFINITY)) {}
    for (const s of ['头发发展', '软件', '发', '其他'])
      expect(builder.table.convert(s)).toBe(whole.convert(s));
    expect(builder.table.size).toBe(whole.size);
  });

  it('a lexicon section parsed in steps equals one parsed at once, and is then ready', () => {
    const steppedFile = loadLexiconFromDisk();
    let steps = 0;
    while (!steppedFile.prepare!('s2t', Number.NEGATIVE_INFINITY)) steps++;
    // 150,000 words and more, 1,024 lines a step: many steps.
    expect(steps).toBeGreaterThan(100);
    const stepped = steppedFile.section('s2t');
    const whole = loadLexiconFromDisk().section('s2t');
    expect(stepped.trie.size).toBe(whole.trie.size);
    for (const w of ['头发', '发展', '纪录片', '参与'])
      expect([stepped.costs.get(w), stepped.outputs.get(w)]).toEqual([
        whole.costs.get(w),
        whole.outputs.get(w),
      ]);
  });

  it('prepareTextConverter pauses between slices and leaves the converter unchanged', async () => {
    installLexicon(loadLexiconFromDisk());
    let pauses = 0;
    await prepareTextConverter(
      'auto',
      'twp',
      'zh-Hans',
      async () => {
        pauses++;
      },
      1,
    );
    expect(pauses).toBeGreaterThan(10);
    expect(createTextConverter('auto', 'twp', 'zh-Hans')(SAMPLE)).toBe(
      createTextConverter('cn', 'twp', undefined, {})(SAMPLE),
    );
    expect(createTextConverter('cn', 'twp')(SAMPLE)).toBe(
      '頭髮很長。她參與製作了紀錄片，粉絲釋出了照片，軟體產業發展迅速。',
    );
  });
});

describe('the language of a big page', () => {
  it('goes on each block written, not on <html>, and comes off again', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = Array.from(
      { length: 1600 },
      (_, i) => `<p${i === 3 ? ' lang="zh-CN"' : ''}>第${i}段<b>头</b>发</p><p>${i}</p>`,
    ).join('');
    const before = document.body.innerHTML;
    const pc = createPageConverter(document);
    await pc.convert(createTextConverter('cn', 'tw'), 'zh-TW');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    const ps = document.querySelectorAll('p');
    expect(ps[0]!.outerHTML).toBe('<p lang="zh-TW">第0段<b>頭</b>髮</p>');
    // Blocks with nothing to convert keep no new attribute.
    expect(ps[1]!.outerHTML).toBe('<p>0</p>');
    expect(ps[6]!.getAttribute('lang')).toBe('zh-TW');
    await pc.restore();
    expect(document.body.innerHTML).toBe(before);
  });
});
