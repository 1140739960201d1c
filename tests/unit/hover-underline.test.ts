// The article underliner detects the article as the content script does, in slices: on a big page the
// page's own tasks (a timer here) run during detection, before the background is asked for matches.
import { describe, expect, it } from 'vitest';
import { underlineArticle } from '../../lib/hover/underline';

const PARAGRAPH = '国务院新闻办公室今天上午举行新闻发布会，介绍前三季度国民经济运行情况，推动高质量发展。';

describe('underlineArticle', () => {
  it('lets the page run between detection slices, then turns the matches into ranges', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `<p>第${i}段。${PARAGRAPH}</p>`).join('');
    document.body.innerHTML = `<nav><a href="/">首页</a></nav><article><h1>发布会</h1>${rows}</article>`;
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    let timerBeforeMatches: boolean | null = null;
    let asked = '';
    const ranges = await underlineArticle(document, async (text) => {
      timerBeforeMatches = timerRan;
      asked = text;
      const at = text.indexOf('高质量发展');
      return { ok: true, value: [{ start: at, end: at + 5 }] };
    });
    expect(timerBeforeMatches).toBe(true);
    expect(asked).toContain(PARAGRAPH);
    expect(asked).not.toContain('首页');
    expect(ranges?.map((r) => r.toString())).toEqual(['高质量发展']);
  });
});
