import { describe, expect, it } from 'vitest';
import { hoverKeyAction, isEditable, modifierHeld } from '../../lib/hover/keys';
import { articleRoot, collectText, rangesFor } from '../../lib/hover/underline';
import { positionInRun, textBefore, textFrom } from '../../lib/page-text/text-at-point';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('hover keys', () => {
  it('maps the card keys and leaves shortcuts with Ctrl/Cmd/Alt to the page', () => {
    expect(['Escape', 'n', 'b', 'c', 's', 'a', 'N'].map((k) => hoverKeyAction(key(k)))).toEqual([
      'close',
      'next',
      'previous',
      'copy',
      'save',
      'add',
      'next',
    ]);
    expect(hoverKeyAction(key('c', { ctrlKey: true }))).toBeNull();
    expect(hoverKeyAction(key('Escape', { altKey: true }))).toBe('close');
    expect(hoverKeyAction(key('x'))).toBeNull();
    expect(['k', 'i', 'u', 'K'].map((k) => hoverKeyAction(key(k)))).toEqual([
      'known',
      'ignore',
      'undo',
      'known',
    ]);
    expect(hoverKeyAction(key('r'))).toBe('related'); // the glossary entry's related terms (issue 20)
  });

  it('knows when the user is typing and which modifier is held', () => {
    document.body.innerHTML =
      '<input id="i"><input id="c" type="checkbox"><div id="e" contenteditable="true"></div><p id="p"></p>';
    expect(isEditable(document.getElementById('i'))).toBe(true);
    expect(isEditable(document.getElementById('c'))).toBe(false);
    expect(isEditable(document.getElementById('p'))).toBe(false);
    expect(isEditable(null)).toBe(false);
    expect(modifierHeld({ shiftKey: false, altKey: false }, 'none')).toBe(true);
    expect(modifierHeld({ shiftKey: false, altKey: true }, 'shift')).toBe(false);
    expect(modifierHeld({ shiftKey: true, altKey: false }, 'shift')).toBe(true);
    expect(modifierHeld({ shiftKey: false, altKey: true }, 'alt')).toBe(true);
  });
});

describe('text before the cursor and next word', () => {
  it('reads back across inline elements, skipping ruby annotations, within the block', () => {
    document.body.innerHTML = '<p>上一段</p><p id="p">科学<ruby>家<rt>jiā</rt></ruby><b>正在</b>研究生命</p>';
    const p = document.getElementById('p')!;
    const last = p.lastChild as Text;
    expect(textBefore({ node: last, offset: 2 }, 16)).toBe('科学家正在研究');
    expect(textBefore({ node: last, offset: 2 }, 3)).toBe('在研究');
  });

  it('finds the position a number of characters into a run', () => {
    document.body.innerHTML = '<p id="p"><b>研究</b>生命</p>';
    const run = textFrom({ node: document.querySelector('b')!.firstChild as Text, offset: 0 }, 16);
    const next = positionInRun(run, 2);
    expect(next?.node.data).toBe('生命');
    expect(next?.offset).toBe(0);
    expect(positionInRun(run, 4)).toBeNull();
  });
});

describe('article underliner', () => {
  it('collects the article text, keeps paragraphs apart and maps matches back to ranges', () => {
    document.body.innerHTML =
      '<nav>復工復產</nav><article><p id="a">要做好<b>六穩</b>工作</p><p>推動復工</p><p>復產。</p><script>六穩</script></article>';
    const root = articleRoot(document, ['要做好六穩工作', '推動復工', '復產。']);
    expect(root?.tagName).toBe('ARTICLE');
    const collected = collectText(root!, 10_000);
    expect(collected.text).toBe('要做好六穩工作\n推動復工\n復產。');
    const start = collected.text.indexOf('六穩');
    const ranges = rangesFor(document, collected, [{ start, end: start + 2 }]);
    expect(ranges.map((r) => r.toString())).toEqual(['六穩']);
    // A term split over two paragraphs is never matched, because of the "\n" between them.
    expect(collected.text.includes('復工復產')).toBe(false);
  });

  it('falls back to the body and respects the length cap', () => {
    document.body.innerHTML = '<p>一二三</p><p>四五六</p>';
    expect(articleRoot(document, ['不在页面上'])).toBe(document.body);
    expect(collectText(document.body, 4).text).toBe('一二三');
  });

  it('maps a match that crosses inline elements', () => {
    document.body.innerHTML = '<p id="p">做好<b>六</b>穩工作</p>';
    const collected = collectText(document.getElementById('p')!, 100);
    const [range] = rangesFor(document, collected, [{ start: 2, end: 4 }]);
    expect(range?.toString()).toBe('六穩');
  });
});
