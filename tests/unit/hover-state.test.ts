// The hover's decisions, driven event by event: no DOM, no timers, no clock (delays are effects).
import { describe, expect, it } from 'vitest';
import {
  type CardInfo,
  DEFAULT_SETTINGS,
  type HoverEffect,
  type HoverEvent,
  type HoverState,
  initialState,
  step,
} from '../../lib/hover/state';
import type { DictEntry } from '../../lib/types';

type P = string;
type C = CardInfo<P>;
type E = HoverEvent<P, C>;

const ENTRY: DictEntry = {
  simplified: '领导',
  traditional: '領導',
  pinyin: 'lǐng dǎo',
  definitions: ['to lead', 'leader'],
  source: 'cedict',
};

function card(at: P, word = '领导', next: P | null = `${at}+2`): C {
  return { at, word, entry: ENTRY, next, previous: `${at}-1` };
}

/** Runs events in order; returns the final state and every effect, in order. */
function run(events: E[], from: HoverState<P, C> = initialState<P, C>()) {
  let state = from;
  const effects: HoverEffect<P>[] = [];
  for (const event of events) {
    const out = step(state, event);
    state = out.state;
    effects.push(...out.effects);
  }
  return { state, effects };
}

const move = (x: number, extra: Partial<Extract<E, { type: 'move' }>> = {}): E => ({
  type: 'move',
  x,
  y: 10,
  trusted: true,
  shiftKey: false,
  altKey: false,
  ...extra,
});
const key = (
  action: Extract<E, { type: 'key' }>['action'],
  extra: Partial<Extract<E, { type: 'key' }>> = {},
): E => ({
  type: 'key',
  trusted: true,
  action,
  caretKey: false,
  editable: false,
  inOwnUi: false,
  ...extra,
});
const types = (effects: HoverEffect<P>[]) => effects.map((e) => e.type);
const lookups = (effects: HoverEffect<P>[]) =>
  effects.filter((e): e is Extract<HoverEffect<P>, { type: 'lookup' }> => e.type === 'lookup');

/** Enabled, with a card shown for the word at `at` (looked up as sequence 1). */
function showing(at: P = 'a', settings = DEFAULT_SETTINGS) {
  return run([
    { type: 'enable' },
    { type: 'settings', patch: settings },
    move(1),
    { type: 'probed', hit: { kind: 'char', position: at } },
    { type: 'answer', seq: 1, card: card(at) },
  ]).state;
}

describe('hover state: enabling and settings', () => {
  it('listens and warms the dictionary when enabled, and stops and hides when disabled', () => {
    const on = run([{ type: 'enable' }]);
    expect(types(on.effects)).toEqual(['warm', 'listen', 'underline']);
    const off = run([{ type: 'disable' }], showing());
    expect(types(off.effects)).toEqual(['listen', 'cancelTimer', 'hide', 'underline']);
    expect(off.state.card).toBeNull();
    expect(off.state.enabled).toBe(false);
  });

  it('ignores the pointer while disabled, and answers that arrive after disabling', () => {
    expect(run([move(1)]).effects).toEqual([]);
    const started = run([
      { type: 'enable' },
      move(1),
      { type: 'probed', hit: { kind: 'char', position: 'a' } },
    ]);
    const late = run([{ type: 'disable' }, { type: 'answer', seq: 1, card: card('a') }], started.state);
    expect(late.state.card).toBeNull();
    expect(types(late.effects)).not.toContain('show');
  });

  it('redraws an open card when a display setting or the language changes, not when closed', () => {
    expect(types(run([{ type: 'settings', patch: { reading: 'zhuyin' } }], showing()).effects)).toEqual([
      'draw',
    ]);
    expect(types(run([{ type: 'settings', patch: { fontSize: 18 } }], showing()).effects)).toEqual(['draw']);
    expect(types(run([{ type: 'locale' }], showing()).effects)).toEqual(['draw']);
    expect(run([{ type: 'settings', patch: { colours: true } }]).effects).toEqual([]);
    const underline = run([{ type: 'settings', patch: { underline: true } }]);
    expect(types(underline.effects)).toEqual(['underline']);
    expect(underline.state.settings.underline).toBe(true);
  });
});

describe('hover state: pointer', () => {
  it('looks at the point at once without a delay', () => {
    const { effects } = run([{ type: 'enable' }, move(5)]);
    expect(effects.at(-1)).toEqual({ type: 'probe', x: 5, y: 10 });
  });

  it('with a delay, restarts the timer on each move and looks only when it fires', () => {
    const { state, effects } = run([
      { type: 'enable' },
      { type: 'settings', patch: { delay: 300 } },
      move(1),
      move(2),
    ]);
    expect(types(effects).filter((t) => t !== 'warm' && t !== 'listen' && t !== 'underline')).toEqual([
      'cancelTimer',
      'startTimer',
      'cancelTimer',
      'startTimer',
    ]);
    expect(effects).toContainEqual({ type: 'startTimer', ms: 300 });
    const fired = run([{ type: 'timer' }], state);
    expect(fired.effects).toEqual([{ type: 'probe', x: 2, y: 10 }]);
  });

  it('requires the chosen modifier key', () => {
    const base = run([{ type: 'enable' }, { type: 'settings', patch: { modifier: 'shift' } }]).state;
    expect(run([move(1)], base).effects).toEqual([]);
    expect(run([move(1, { altKey: true })], base).effects).toEqual([]);
    expect(types(run([move(1, { shiftKey: true })], base).effects)).toEqual(['probe']);
    const alt = run([{ type: 'settings', patch: { modifier: 'alt' } }], base).state;
    expect(types(run([move(1, { altKey: true })], alt).effects)).toEqual(['probe']);
  });

  it('a tap looks up at once, whatever the modifier and delay, and never while disabled', () => {
    const base = run([
      { type: 'enable' },
      { type: 'settings', patch: { modifier: 'shift', delay: 300 } },
    ]).state;
    expect(run([{ type: 'tap', x: 4, y: 7 }], base).effects).toEqual([
      { type: 'cancelTimer' },
      { type: 'probe', x: 4, y: 7 },
    ]);
    expect(run([{ type: 'tap', x: 4, y: 7 }]).effects).toEqual([]);
  });

  it('ignores synthetic moves from the page', () => {
    expect(
      run([{ type: 'enable' }, move(1, { trusted: false })]).effects.filter((e) => e.type === 'probe'),
    ).toEqual([]);
  });

  it('does not look again when the pointer has not moved (the browser re-sending it after layout)', () => {
    const again = run([move(1)], showing());
    expect(again.effects).toEqual([]);
    expect(again.state.card?.at).toBe('a');
    expect(types(run([move(2)], showing()).effects)).toContain('probe');
    const reenabled = run([{ type: 'disable' }, { type: 'enable' }, move(1)], showing());
    expect(types(reenabled.effects)).toContain('probe');
  });

  it('coalesces moves during a lookup into one more look at the latest point', () => {
    const { state, effects } = run([
      { type: 'enable' },
      move(1),
      { type: 'probed', hit: { kind: 'char', position: 'a' } },
      move(2),
      move(3),
      move(4),
    ]);
    expect(lookups(effects)).toHaveLength(1);
    expect(effects.filter((e) => e.type === 'probe')).toHaveLength(1);
    const answered = run([{ type: 'answer', seq: 1, card: card('a') }], state);
    expect(answered.effects.filter((e) => e.type === 'probe')).toEqual([{ type: 'probe', x: 4, y: 10 }]);
    expect(answered.state.inFlight).toBeNull();
  });

  it('keeps the card without a new lookup when moving along the same word, hides over non-Chinese', () => {
    const same = run([move(2), { type: 'probed', hit: { kind: 'same' } }], showing());
    expect(lookups(same.effects)).toEqual([]);
    expect(same.state.card?.at).toBe('a');
    const off = run([move(3), { type: 'probed', hit: { kind: 'none' } }], showing());
    expect(types(off.effects)).toContain('hide');
    expect(off.state.card).toBeNull();
  });

  it('drops a stale answer: only the latest lookup may show a card', () => {
    const { state } = run([
      { type: 'enable' },
      move(1),
      { type: 'probed', hit: { kind: 'char', position: 'a' } },
      { type: 'answer', seq: 1, card: card('a') },
      key('next'), // lookup 2
      key('next'), // lookup 3 (from the same card)
    ]);
    const stale = run([{ type: 'answer', seq: 2, card: card('b') }], state);
    expect(stale.state.card?.at).toBe('a');
    expect(stale.effects).toEqual([{ type: 'settled', seq: 2, shown: false }]);
    const fresh = run([{ type: 'answer', seq: 3, card: card('c') }], stale.state);
    expect(fresh.state.card?.at).toBe('c');
    expect(types(fresh.effects)).toEqual(['show', 'settled']);
  });

  it('hides when the dictionary has no word there', () => {
    const none = run(
      [
        move(2),
        { type: 'probed', hit: { kind: 'char', position: 'z' } },
        { type: 'answer', seq: 2, card: null },
      ],
      showing(),
    );
    expect(none.state.card).toBeNull();
    expect(types(none.effects)).toContain('hide');
  });
});

describe('hover state: keys', () => {
  it('n looks up the next word and b goes back to where n came from', () => {
    const next = run([key('next')], showing('a'));
    expect(lookups(next.effects)).toEqual([{ type: 'lookup', seq: 2, position: 'a+2' }]);
    const moved = run([{ type: 'answer', seq: 2, card: card('a+2') }], next.state);
    expect(moved.state.history).toEqual(['a']);
    const back = run([key('previous')], moved.state);
    expect(lookups(back.effects)).toEqual([{ type: 'lookup', seq: 3, position: 'a' }]);
    expect(back.state.history).toEqual([]);
    // Without history, b steps one character back.
    const oneBack = run([key('previous')], showing('q'));
    expect(lookups(oneBack.effects)[0]?.position).toBe('q-1');
  });

  it('c copies and s saves the shown word, and the key is consumed', () => {
    expect(run([key('copy')], showing()).effects).toEqual([
      { type: 'consumeKey' },
      { type: 'copy', word: '领导' },
    ]);
    expect(run([key('save')], showing()).effects).toEqual([
      { type: 'consumeKey' },
      { type: 'saveWord', seq: 1, word: '领导', entry: ENTRY, at: 'a' },
    ]);
    const copied = run([{ type: 'status', status: { key: 'copied' } }], showing());
    expect(copied.state.status).toEqual({ key: 'copied' });
  });

  it('a opens the add form, prefilled; a saved form looks the word up again with a status', () => {
    const form = run([key('add')], showing('a'));
    expect(form.state.form?.initial).toEqual({ term: '领导', pinyin: 'lǐng dǎo', definition: '', note: '' });
    expect(types(form.effects)).toEqual(['consumeKey', 'draw']);
    // While the form is open, letters and pointer moves are not ours to act on.
    expect(run([key('next')], form.state).effects).toEqual([]);
    expect(run([{ type: 'probed', hit: { kind: 'none' } }], form.state).effects).toEqual([]);
    const failed = run([{ type: 'formFailed', initial: form.state.form!.initial, message: 'x' }], form.state);
    expect(failed.state.form?.error).toBe('x');
    const saved = run([{ type: 'formSaved' }, { type: 'answer', seq: 2, card: card('a') }], form.state);
    expect(saved.state.form).toBeNull();
    expect(saved.state.status).toEqual({ key: 'savedWord' });
  });

  it('s and the Save button save to the vocabulary; the status offers Undo, and u undoes that save', () => {
    const byButton = run([{ type: 'saveClicked' }], showing('q'));
    expect(byButton.effects).toEqual([{ type: 'saveWord', seq: 1, word: '领导', entry: ENTRY, at: 'q' }]);
    // Nothing saved yet: u does nothing (no effect besides taking the key).
    expect(types(run([key('undo')], showing()).effects)).toEqual(['consumeKey']);
    const saved = run([{ type: 'wordSaved', seq: 1, wordId: 7, created: true }], showing());
    expect(saved.state.status).toEqual({ key: 'savedWordVocabulary', undo: true });
    expect(saved.state.lastSaved).toEqual({ wordId: 7 });
    expect(types(saved.effects)).toEqual(['draw']);
    const again = run([{ type: 'wordSaved', seq: 1, wordId: 7, created: false }], showing());
    expect(again.state.status?.key).toBe('savedWordContext');
    expect(run([key('undo')], saved.state).effects).toEqual([
      { type: 'consumeKey' },
      { type: 'undoSaveWord', wordId: 7 },
    ]);
    expect(run([{ type: 'undoClicked' }], saved.state).effects).toEqual([
      { type: 'undoSaveWord', wordId: 7 },
    ]);
    const undone = run([{ type: 'wordSaveUndone' }], saved.state);
    expect(undone.state.status).toEqual({ key: 'wordSaveUndone' });
    expect(undone.state.lastSaved).toBeNull();
    expect(types(run([key('undo')], undone.state).effects)).toEqual(['consumeKey']); // undone once only
  });

  it("a save is undoable only on its word's card: another word or a hidden card forgets it", () => {
    const saved = run([{ type: 'wordSaved', seq: 1, wordId: 7, created: true }], showing('a')).state;
    const other = run(
      [
        { type: 'probed', hit: { kind: 'char', position: 'z' } },
        { type: 'answer', seq: 2, card: card('z') },
      ],
      saved,
    );
    expect(other.state.lastSaved).toBeNull();
    expect(run([key('undo')], other.state).effects).toEqual([{ type: 'consumeKey' }]);
    expect(run([key('close')], saved).state.lastSaved).toBeNull();
    // The answer to a save asked on the previous card arrives after the next card came up: not shown.
    const late = run([{ type: 'wordSaved', seq: 1, wordId: 8, created: true }], other.state);
    expect(late.effects).toEqual([]);
    expect(late.state.status).toBeNull();
    // No card: the answers of the background change nothing.
    expect(run([{ type: 'wordSaved', seq: 1, wordId: 7, created: true }]).effects).toEqual([]);
  });

  it('k marks the word known and i ignores it, with a status; a card without entry does nothing', () => {
    expect(run([key('known')], showing()).effects).toEqual([
      { type: 'consumeKey' },
      { type: 'setWordState', word: '领导', entry: ENTRY, state: 'known' },
    ]);
    expect(run([key('ignore')], showing()).effects).toEqual([
      { type: 'consumeKey' },
      { type: 'setWordState', word: '领导', entry: ENTRY, state: 'ignored' },
    ]);
    const known = run([{ type: 'wordStateSet', state: 'known' }], showing());
    expect(known.state.status).toEqual({ key: 'wordMarkedKnown' });
    const ignored = run([{ type: 'wordStateSet', state: 'ignored' }], showing());
    expect(ignored.state.status).toEqual({ key: 'wordMarkedIgnored' });
    const empty = run(
      [{ type: 'answer', seq: 1, card: { ...card('a'), word: '', entry: undefined } }],
      run([{ type: 'enable' }, move(1), { type: 'probed', hit: { kind: 'char', position: 'a' } }]).state,
    );
    expect(run([key('known')], empty.state).effects).toEqual([{ type: 'consumeKey' }]);
    expect(run([{ type: 'saveClicked' }], empty.state).effects).toEqual([]);
  });

  it("Esc closes, also while typing in a field; letters typed in a field are the page's", () => {
    expect(types(run([key('close', { editable: true })], showing()).effects)).toEqual(['hide']);
    expect(run([key('copy', { editable: true })], showing()).effects).toEqual([]);
    expect(run([key('copy', { inOwnUi: true })], showing()).effects).toEqual([]);
    expect(run([key('copy', { trusted: false })], showing()).effects).toEqual([]);
    expect(run([key('copy')]).effects).toEqual([]); // no card, no action
  });

  it('the caret key looks up the word at the caret and says so when there is none', () => {
    const caret = run([{ type: 'enable' }, key(null, { caretKey: true })]);
    expect(types(caret.effects).slice(-2)).toEqual(['consumeKey', 'probeCaret']);
    const none = run([{ type: 'caretProbed', position: null }], caret.state);
    expect(none.effects).toEqual([{ type: 'announceNoWord' }]);
    const found = run(
      [
        { type: 'caretProbed', position: 'k' },
        { type: 'answer', seq: 1, card: card('k') },
      ],
      caret.state,
    );
    expect(found.effects).toContainEqual({ type: 'show', announce: true });
    expect(run([key(null, { caretKey: true, editable: true })], caret.state).effects).toEqual([]);
  });
});

describe('hover state: related glossary terms (r, issue 20)', () => {
  const NEWS: DictEntry = {
    simplified: '一带一路',
    traditional: '一帶一路',
    pinyin: 'yī dài yī lù',
    definitions: ['Belt and Road Initiative'],
    source: 'glossary',
    category: 'diplomacy-security',
    year: 2013,
    related: ['丝路基金', '中欧班列'],
  };
  const newsCard = (at: P, entry: DictEntry = NEWS, word = entry.simplified): C => ({
    at,
    word,
    entry,
    next: `${at}+4`,
    previous: null,
  });
  const lookupTerms = (effects: HoverEffect<P>[]) =>
    effects.filter((e): e is Extract<HoverEffect<P>, { type: 'lookupTerm' }> => e.type === 'lookupTerm');
  const showingNews = () =>
    run([{ type: 'answer', seq: 2, card: newsCard('g') }], {
      ...showing('g'),
      sequence: 2,
      asked: { seq: 2, purpose: 'move' },
    }).state;

  it('r looks up the first related term, then the next, round and round, from the first card', () => {
    const first = run([key('related')], showingNews());
    expect(first.effects).toEqual([{ type: 'consumeKey' }, { type: 'lookupTerm', seq: 3, text: '丝路基金' }]);
    // The related term's own card lists other terms; r keeps walking the list it started from.
    const fund: DictEntry = { ...NEWS, simplified: '丝路基金', traditional: '絲路基金', related: ['x'] };
    const shown = run([{ type: 'answer', seq: 3, card: newsCard('g', fund) }], first.state);
    expect(shown.state.card?.entry?.simplified).toBe('丝路基金');
    const second = run([key('related')], shown.state);
    expect(lookupTerms(second.effects)).toEqual([{ type: 'lookupTerm', seq: 4, text: '中欧班列' }]);
    const third = run([{ type: 'answer', seq: 4, card: newsCard('g') }, key('related')], second.state);
    expect(lookupTerms(third.effects)).toEqual([{ type: 'lookupTerm', seq: 5, text: '丝路基金' }]);
  });

  it('a new word under the pointer starts a new walk; an entry without related terms ignores r', () => {
    const walked = run([key('related'), { type: 'answer', seq: 3, card: newsCard('g') }], showingNews());
    expect(walked.state.related).toEqual({ terms: NEWS.related, index: 0 });
    const moved = run(
      [
        move(5),
        { type: 'probed', hit: { kind: 'char', position: 'h' } },
        { type: 'answer', seq: 4, card: newsCard('h') },
      ],
      walked.state,
    );
    expect(moved.state.related).toBeNull();
    expect(lookupTerms(run([key('related')], moved.state).effects)[0]?.text).toBe('丝路基金');
    // A CC-CEDICT entry has no related terms: nothing is looked up (the key is still ours, consumed).
    expect(run([key('related')], showing()).effects).toEqual([{ type: 'consumeKey' }]);
    // A stale related answer (the pointer moved on meanwhile) is dropped like any other.
    const stale = run(
      [key('related'), move(9), { type: 'probed', hit: { kind: 'char', position: 'k' } }],
      showingNews(),
    );
    const late = run([{ type: 'answer', seq: 3, card: newsCard('g') }], stale.state);
    expect(late.state.card?.at).toBe('g');
    expect(late.effects).toEqual([{ type: 'settled', seq: 3, shown: false }]);
  });
});
