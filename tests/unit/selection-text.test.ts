// A saved selection's text is exactly what the browser's Selection.toString() reads (issue 15 §5): the
// page-text index (block boundary plus the whitespace between blocks) once saved "\n\n\n" at breaks.
import { describe, expect, it } from 'vitest';
import { createClipSaver } from '../../entrypoints/content/toast';
import type { ClippingInput } from '../../lib/types';

describe('saveSelection', () => {
  it('saves Selection.toString() across a paragraph break, not the anchor index text', async () => {
    document.body.innerHTML = '<article><p>第一段文字。</p>\n\n<p>第二段文字。</p></article>';
    const [first, second] = Array.from(document.querySelectorAll('p'));
    const range = document.createRange();
    range.setStart(first!.firstChild!, 2);
    range.setEnd(second!.firstChild!, 3);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const saved: ClippingInput[] = [];
    const saver = createClipSaver(document, {
      saveClipping: async (input) => {
        saved.push(input);
        return { ok: true, value: { id: 1, updated: false } };
      },
      undoSave: async () => ({ ok: true, value: { undone: true } }),
      pageInfo: () => ({ title: 't', site: '', byline: '', published: null, script: 'zh-Hans' }),
      changed: () => undefined,
      sanitizeHtml: async (html) => html,
    });
    await saver.saveSelection();
    saver.dispose();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.text).toBe(selection.toString());
    expect(saved[0]!.text).not.toContain('\n\n\n');
    expect(saved[0]!.text.startsWith('段文字。')).toBe(true);
    expect(saved[0]!.text.endsWith('第二段')).toBe(true);
    // The anchor still locates the passage in the page's own text index.
    expect(saved[0]!.anchor?.exact).toContain('\n\n\n');
  });
});
