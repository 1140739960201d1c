// The hover glossary's decisions as one pure transition: `step(state, event) → { state, effects }`.
// No DOM, no clock, no promises: the DOM adapter (dom.ts) turns pointer moves, keys, timers and
// answers into events and carries out the effects (hit-test the point, ask the dictionary, draw).
// Positions (`P`) are opaque here: the adapter's text positions, compared only by the adapter.
import { type HoverKeyAction, modifierHeld } from './keys';
import {
  type CardInfo,
  DEFAULT_SETTINGS,
  type Hit,
  type HoverEffect,
  type HoverEvent,
  type HoverForm,
  type HoverSettings,
  type HoverState,
  type Purpose,
  type Status,
  type Step,
} from './state-types';
import { stepVocabulary, vocabularyAction } from './vocabulary-steps';

export * from './state-types';

export function initialState<P, C extends CardInfo<P> = CardInfo<P>>(
  settings: HoverSettings = DEFAULT_SETTINGS,
): HoverState<P, C> {
  return {
    enabled: false,
    settings,
    point: null,
    sequence: 0,
    inFlight: null,
    movedMeanwhile: false,
    asked: null,
    card: null,
    history: [],
    form: null,
    status: null,
    byKey: false,
    lastSaved: null,
  };
}

type S<P, C extends CardInfo<P>> = HoverState<P, C>;

function hidden<P, C extends CardInfo<P>>(state: S<P, C>): Step<P, C> {
  const next = {
    ...state,
    card: null,
    form: null,
    status: null,
    history: [],
    lastSaved: null,
    related: null,
    sequence: state.sequence + 1,
  };
  return { state: next, effects: [{ type: 'hide' }] };
}

function lookup<P, C extends CardInfo<P>>(
  state: S<P, C>,
  position: P,
  purpose: Purpose,
  extra: { from?: P; status?: Status } = {},
): Step<P, C> {
  const seq = state.sequence + 1;
  const next: S<P, C> = { ...state, sequence: seq, asked: { seq, purpose, ...extra } };
  if (purpose === 'move') next.inFlight = seq;
  return { state: next, effects: [{ type: 'lookup', seq, position }] };
}

/** Look at the latest point now, or once the lookup in flight has answered (moves are coalesced). */
function probeOrWait<P, C extends CardInfo<P>>(state: S<P, C>): Step<P, C> {
  if (!state.point) return { state, effects: [] };
  if (state.inFlight !== null) return { state: { ...state, movedMeanwhile: true }, effects: [] };
  const { x, y } = state.point;
  return { state: { ...state, point: null }, effects: [{ type: 'probe', x, y }] };
}

function onMove<P, C extends CardInfo<P>>(
  state: S<P, C>,
  event: Extract<HoverEvent<P, C>, { type: 'move' }>,
): Step<P, C> {
  // The page can synthesise events; only the user's pointer counts.
  if (!event.trusted || !state.enabled) return { state, effects: [] };
  const last = state.lastMove;
  if (last && last.x === event.x && last.y === event.y) return { state, effects: [] }; // did not move
  const base = { ...state, byKey: false, lastMove: { x: event.x, y: event.y } };
  if (!modifierHeld(event, state.settings.modifier)) return { state: base, effects: [] };
  const moved = { ...base, point: { x: event.x, y: event.y } };
  if (state.settings.delay > 0) {
    return {
      state: moved,
      effects: [{ type: 'cancelTimer' }, { type: 'startTimer', ms: state.settings.delay }],
    };
  }
  return probeOrWait(moved);
}

function onTap<P, C extends CardInfo<P>>(state: S<P, C>, x: number, y: number): Step<P, C> {
  if (!state.enabled) return { state, effects: [] };
  const step = probeOrWait({ ...state, byKey: false, point: { x, y } });
  return { state: step.state, effects: [{ type: 'cancelTimer' }, ...step.effects] };
}

function onProbed<P, C extends CardInfo<P>>(state: S<P, C>, hit: Hit<P>): Step<P, C> {
  if (!state.enabled || state.form) return { state, effects: [] }; // while the form is open the card stays
  if (hit.kind === 'none') return state.card ? hidden(state) : { state, effects: [] };
  // Moving along the word already shown changes nothing: no flicker, no new message.
  if (hit.kind === 'same') return { state, effects: [] };
  return lookup({ ...state, history: [] }, hit.position, 'move');
}

function onAnswer<P, C extends CardInfo<P>>(state: S<P, C>, seq: number, card: C | null): Step<P, C> {
  let base = state;
  const after: HoverEffect<P>[] = [];
  if (seq === state.inFlight) {
    base = { ...state, inFlight: null, movedMeanwhile: false };
    if (state.movedMeanwhile && state.point) {
      after.push({ type: 'probe', x: state.point.x, y: state.point.y });
      base.point = null;
    }
  }
  const asked = state.asked;
  if (seq !== state.sequence || !state.enabled || !asked || asked.seq !== seq) {
    return { state: base, effects: [{ type: 'settled', seq, shown: false }, ...after] };
  }
  if (!card) {
    const gone = hidden({ ...base, asked: null });
    const says: HoverEffect<P>[] = asked.purpose === 'caret' ? [{ type: 'announceNoWord' }] : [];
    return {
      state: gone.state,
      effects: [...gone.effects, ...says, { type: 'settled', seq, shown: false }, ...after],
    };
  }
  const history =
    asked.purpose === 'next' && asked.from !== undefined ? [...base.history, asked.from] : base.history;
  // A different word's card: the previous word's save is no longer the card's to undo.
  const lastSaved = asked.purpose === 'refresh' ? base.lastSaved : null;
  const next: S<P, C> = { ...base, card, history, asked: null, status: asked.status ?? null, lastSaved };
  if (asked.purpose !== 'related') next.related = null;
  return {
    state: next,
    effects: [{ type: 'show', announce: state.byKey }, { type: 'settled', seq, shown: true }, ...after],
  };
}

function act<P, C extends CardInfo<P>>(state: S<P, C>, action: HoverKeyAction): Step<P, C> {
  const card = state.card;
  if (!card) return { state, effects: [] };
  switch (action) {
    case 'close':
      return hidden(state);
    case 'next':
      return card.next === null
        ? { state, effects: [] }
        : lookup(state, card.next, 'next', { from: card.at });
    case 'previous': {
      const history = state.history.slice(0, -1);
      const back = state.history[state.history.length - 1] ?? card.previous;
      return back === null ? { state, effects: [] } : lookup({ ...state, history }, back, 'previous');
    }
    case 'copy':
      return card.entry ? { state, effects: [{ type: 'copy', word: card.word }] } : { state, effects: [] };
    case 'save':
    case 'known':
    case 'ignore':
    case 'undo':
      return vocabularyAction(state, action);
    case 'related':
      return relatedTerm(state, card);
    case 'sayWord':
    case 'saySentence':
      return sayStep(state, action === 'sayWord' ? 'word' : 'sentence');
    case 'add': {
      const mine = card.entry?.source === 'user' ? card.entry : undefined;
      const form: HoverForm = {
        initial: {
          term: card.word,
          pinyin: card.entry?.pinyin ?? '',
          definition: mine ? (mine.definitions[0] ?? '') : '',
          note: mine ? (mine.definitions[1] ?? '') : '',
        },
        id: mine?.userId,
      };
      return { state: { ...state, form }, effects: [{ type: 'draw' }] };
    }
  }
}

/** `p` / `l` and the card's buttons: read the word or its sentence aloud (a card with a word only). */
function sayStep<P, C extends CardInfo<P>>(state: S<P, C>, what: 'word' | 'sentence'): Step<P, C> {
  return state.card?.word ? { state, effects: [{ type: 'say', what }] } : { state, effects: [] };
}

/** `r`: the next related term of the entry the walk started from, round and round (issue 20). */
function relatedTerm<P, C extends CardInfo<P>>(state: S<P, C>, card: C): Step<P, C> {
  const walk = state.related;
  const terms = walk ? walk.terms : (card.entry?.related ?? []);
  if (terms.length === 0) return { state, effects: [] };
  const index = walk ? (walk.index + 1) % terms.length : 0;
  const seq = state.sequence + 1;
  const next: S<P, C> = {
    ...state,
    sequence: seq,
    asked: { seq, purpose: 'related' },
    related: { terms, index },
  };
  return { state: next, effects: [{ type: 'lookupTerm', seq, text: terms[index] as string }] };
}

function onKey<P, C extends CardInfo<P>>(
  state: S<P, C>,
  event: Extract<HoverEvent<P, C>, { type: 'key' }>,
): Step<P, C> {
  if (!event.trusted) return { state, effects: [] };
  if (event.caretKey && !state.form && !event.editable) {
    return {
      state: { ...state, byKey: true, history: [] },
      effects: [{ type: 'consumeKey' }, { type: 'probeCaret' }],
    };
  }
  // Keys typed into our own form are the form's (it handles Enter and Esc itself).
  if (!state.card || event.inOwnUi) return { state, effects: [] };
  // Esc always closes, also while the page has focus in a field; the page still gets the key.
  if (event.action === 'close') return hidden(state);
  // Letters typed on the page are the page's.
  if (!event.action || state.form || event.editable) return { state, effects: [] };
  const acted = act({ ...state, byKey: true }, event.action);
  return { state: acted.state, effects: [{ type: 'consumeKey' }, ...acted.effects] };
}

function onSettings<P, C extends CardInfo<P>>(state: S<P, C>, patch: Partial<HoverSettings>): Step<P, C> {
  const settings = { ...state.settings, ...patch };
  const effects: HoverEffect<P>[] = [];
  const looks = patch.reading !== undefined || patch.colours !== undefined || patch.fontSize !== undefined;
  if (looks && state.card) effects.push({ type: 'draw' });
  if (patch.underline !== undefined) effects.push({ type: 'underline' });
  return { state: { ...state, settings }, effects };
}

export function step<P, C extends CardInfo<P>>(state: S<P, C>, event: HoverEvent<P, C>): Step<P, C> {
  switch (event.type) {
    case 'enable':
      if (state.enabled) return { state, effects: [] };
      return {
        state: { ...state, enabled: true },
        effects: [{ type: 'warm' }, { type: 'listen', on: true }, { type: 'underline' }],
      };
    case 'disable': {
      if (!state.enabled) return { state, effects: [] };
      const gone = hidden({
        ...state,
        enabled: false,
        point: null,
        lastMove: null,
        inFlight: null,
        movedMeanwhile: false,
      });
      const stop: HoverEffect<P>[] = [{ type: 'listen', on: false }, { type: 'cancelTimer' }];
      return { state: gone.state, effects: [...stop, ...gone.effects, { type: 'underline' }] };
    }
    case 'settings':
      return onSettings(state, event.patch);
    case 'locale':
      return { state, effects: state.card ? [{ type: 'draw' }] : [] };
    case 'move':
      return onMove(state, event);
    case 'tap':
      return onTap(state, event.x, event.y);
    case 'timer':
      if (!state.enabled || state.form) return { state, effects: [] };
      return probeOrWait(state);
    case 'probed':
      return onProbed(state, event.hit);
    case 'answer':
      return onAnswer(state, event.seq, event.card);
    case 'key':
      return onKey(state, event);
    case 'caret':
      return { state: { ...state, byKey: true, history: [] }, effects: [{ type: 'probeCaret' }] };
    case 'caretProbed':
      if (event.position === null) {
        return { state, effects: state.card ? [] : [{ type: 'announceNoWord' }] };
      }
      return lookup(state, event.position, 'caret');
    default:
      return stepCard(state, event);
  }
}

/** Events about the open card: status lines, the add/edit form, scrolling out of view. */
function stepCard<P, C extends CardInfo<P>>(state: S<P, C>, event: HoverEvent<P, C>): Step<P, C> {
  switch (event.type) {
    case 'status':
      return state.card
        ? { state: { ...state, status: event.status }, effects: [{ type: 'draw' }] }
        : { state, effects: [] };
    case 'formFailed':
      if (!state.form) return { state, effects: [] };
      return {
        state: { ...state, form: { ...state.form, initial: event.initial, error: event.message } },
        effects: [{ type: 'draw' }],
      };
    case 'formSaved':
    case 'termDeleted': {
      if (event.type === 'formSaved' && !state.form) return { state, effects: [] }; // closed meanwhile
      const status: Status = { key: event.type === 'formSaved' ? 'savedWord' : 'userTermDeleted' };
      const closed = { ...state, form: null, status };
      // Look the word up again so the new (or removed) term shows.
      return closed.card
        ? lookup(closed, closed.card.at, 'refresh', { status })
        : { state: closed, effects: [] };
    }
    case 'formClosed':
      return hidden(state);
    case 'wordLeftView':
      return state.form ? { state, effects: [] } : hidden(state);
    case 'sayClicked':
      return sayStep(state, event.what);
    default:
      return stepVocabulary(state, event);
  }
}
