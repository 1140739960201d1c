// The hover card by key (issue 7): which character the caret or selection points at, what is read out,
// which key asks for it, and the shortcut's inject-then-ask wiring.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce, announcement } from '../../lib/hover/announce';
import { isCaretKey, runCaretCommand } from '../../lib/hover/caret-command';
import { dispatch, envelope } from '../../lib/messages';
import { caretCharacter, selectionPoint } from '../../lib/page-text/caret-position';
import { createContentController } from '../../lib/tab/controller';
import type { LookupResult } from '../../lib/types';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function caretAt(node: Node, offset: number): Selection {
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  selection.addRange(range);
  return selection;
}

function snapshot(selection: Selection) {
  return [selection.anchorNode, selection.anchorOffset, selection.focusNode, selection.focusOffset];
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

describe('caretCharacter', () => {
  it('is the character after a collapsed caret, and leaves the selection as it was', () => {
    const doc = page('<p id="p">今天复工复产了</p>');
    const text = doc.getElementById('p')!.firstChild as Text;
    const selection = caretAt(text, 2);
    const before = snapshot(selection);
    const at = caretCharacter(doc, selection);
    expect(at?.node).toBe(text);
    expect(at?.offset).toBe(2);
    expect(snapshot(selection)).toEqual(before);
    expect(selection.isCollapsed).toBe(true);
  });

  it('falls back to the character before the caret at the end of a word or paragraph', () => {
    const doc = page('<p id="p">领导，</p><p id="q">发展</p>');
    const comma = doc.getElementById('p')!.firstChild as Text;
    expect(caretCharacter(doc, caretAt(comma, 2))?.offset).toBe(1); // before "，": the 导 before it
    const end = doc.getElementById('q')!.firstChild as Text;
    expect(caretCharacter(doc, caretAt(end, 2))).toEqual({ node: end, offset: 1 });
  });

  it('steps into the next text node when the caret sits on an element boundary', () => {
    const doc = page('<p id="p"><b>复工</b><i>复产</i></p>');
    const p = doc.getElementById('p')!;
    const at = caretCharacter(doc, caretAt(p, 1)); // between <b> and <i>
    expect(at?.node.data).toBe('复产');
    expect(at?.offset).toBe(0);
    const end = caretCharacter(doc, caretAt(p.firstChild!.firstChild!, 2)); // end of 复工 → 复产
    expect(end?.node.data).toBe('复产');
  });

  it('uses the start of a non-collapsed selection', () => {
    const doc = page('<p id="p">市场供应</p>');
    const text = doc.getElementById('p')!.firstChild as Text;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.setStart(text, 2);
    range.setEnd(text, 4);
    selection.addRange(range);
    expect(selectionPoint(selection)).toEqual({ node: text, offset: 2 });
    expect(caretCharacter(doc, selection)?.offset).toBe(2);
    expect(selection.toString()).toBe('供应');
  });

  it('is null with no selection, on non-Chinese text, in editable text and in our own UI', () => {
    const doc = page(
      '<p id="en">hello world</p><div id="ed" contenteditable="true">中文输入</div>' +
        '<div data-wenzhai-ui=""><span id="ui">领导</span></div>',
    );
    expect(caretCharacter(doc, null)).toBeNull();
    document.getSelection()!.removeAllRanges();
    expect(caretCharacter(doc, document.getSelection())).toBeNull();
    expect(caretCharacter(doc, caretAt(doc.getElementById('en')!.firstChild!, 3))).toBeNull();
    expect(caretCharacter(doc, caretAt(doc.getElementById('ed')!.firstChild!, 1))).toBeNull();
    expect(caretCharacter(doc, caretAt(doc.getElementById('ui')!.firstChild!, 0))).toBeNull();
  });
});

describe('announcement', () => {
  const result: LookupResult = {
    matchLength: 2,
    entries: [
      {
        simplified: '领导',
        traditional: '領導',
        pinyin: 'lǐng dǎo',
        definitions: ['to lead', 'leader', 'leadership', 'extra'],
        source: 'cedict',
      },
    ],
  };

  it('reads the word as on the page, the other script, pinyin and the first meanings', () => {
    expect(announcement(result, '领导')).toBe('领导 (領導), lǐng dǎo: to lead; leader; leadership');
    expect(announcement(result, '領導')).toBe('領導 (领导), lǐng dǎo: to lead; leader; leadership');
  });

  it('says so when nothing matched', () => {
    expect(announcement({ matchLength: 0, entries: [] }, '')).toBe('No Chinese word at the caret');
  });

  it('writes into one polite live region beside the frame, cleared first so repeats are heard', () => {
    vi.useFakeTimers();
    try {
      const host = document.createElement('div');
      const frame = document.createElement('div');
      host.append(frame);
      announce(frame, 'one');
      announce(frame, 'two');
      const regions = host.querySelectorAll('[data-wenzhai-live]');
      expect(regions).toHaveLength(1);
      expect(regions[0]!.getAttribute('aria-live')).toBe('polite');
      expect(regions[0]!.getAttribute('role')).toBe('status');
      expect(regions[0]!.textContent).toBe('');
      vi.runAllTimers();
      expect(regions[0]!.textContent).toBe('two');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the caret key and command', () => {
  const key = (
    k: string,
    code: string,
    mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>,
  ) => ({
    key: k,
    code,
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    ...mods,
  });

  it('is Alt+Shift+H only (also as macOS types it with Option held)', () => {
    expect(isCaretKey(key('H', 'KeyH', { altKey: true, shiftKey: true }))).toBe(true);
    expect(isCaretKey(key('Ó', 'KeyH', { altKey: true, shiftKey: true }))).toBe(true);
    expect(isCaretKey(key('h', 'KeyH', {}))).toBe(false);
    expect(isCaretKey(key('H', 'KeyH', { shiftKey: true }))).toBe(false);
    expect(isCaretKey(key('H', 'KeyH', { altKey: true, shiftKey: true, ctrlKey: true }))).toBe(false);
    expect(isCaretKey(key('J', 'KeyJ', { altKey: true, shiftKey: true }))).toBe(false);
  });

  it('injects into the tab, then asks it for the card; failures come back as data', async () => {
    const calls: string[] = [];
    const deps = {
      inject: async (id: number) => {
        calls.push(`inject ${id}`);
      },
      hoverAtCaret: async (id: number) => {
        calls.push(`hover ${id}`);
        return { ok: true as const, value: { shown: true } };
      },
    };
    expect(await runCaretCommand(deps, 7)).toEqual({ ok: true, value: { shown: true } });
    expect(calls).toEqual(['inject 7', 'hover 7']);
    expect((await runCaretCommand(deps, undefined)).ok).toBe(false);
    const refused = await runCaretCommand(
      {
        ...deps,
        inject: async () => {
          throw new Error('Cannot access a chrome:// URL');
        },
      },
      3,
    );
    expect(refused).toEqual({
      ok: false,
      error: { code: 'forbidden', reason: 'injection-refused', message: 'Cannot access a chrome:// URL' },
    });
    expect(calls).toEqual(['inject 7', 'hover 7']);
  });
});

describe('the hoverAtCaret message', () => {
  const controllerWith = (hoverAtCaret?: () => Promise<boolean>) =>
    createContentController({
      document,
      url: () => 'https://news.example/a.html',
      detect: () => {
        throw new Error('not needed');
      },
      pageConverter: { convert: async () => 0, observe: () => undefined, restore: async () => undefined },
      loadEngine: async () => {
        throw new Error('not needed');
      },
      langForTarget: () => 'zh-Hans',
      save: async () => ({ id: 1, updated: false }),
      setHover: () => undefined,
      hoverEnabled: () => true,
      hoverAtCaret,
    });

  it('asks the hover for the card and answers whether one is shown; rejects parameters it does not know', async () => {
    const open = vi.fn(async () => true);
    const handlers = controllerWith(open).handlers;
    expect(await dispatch(handlers, envelope('content', 'hoverAtCaret', {}), undefined)).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(open).toHaveBeenCalledTimes(1);
    const bad = { wenzhai: 1 as const, to: 'content' as const, name: 'hoverAtCaret', params: 'now' };
    expect((await dispatch(handlers, bad, undefined)).ok).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    const without = controllerWith().handlers;
    expect(await dispatch(without, envelope('content', 'hoverAtCaret', {}), undefined)).toEqual({
      ok: true,
      value: { shown: false },
    });
  });
});
