// "Read this word / sentence" from the hover card (issue 18 §5): the keys, the card's step, and the
// choice of variant, voice and rate under the consent rule for online voices.
import { describe, expect, it } from 'vitest';
import { hoverKeyAction } from '../../lib/hover/keys';
import {
  type CardInfo,
  type HoverEffect,
  type HoverEvent,
  type HoverState,
  initialState,
  step,
} from '../../lib/hover/state';
import { DEFAULT_PREFS } from '../../lib/reader/prefs';
import { sayPlan, sayVariant } from '../../lib/reader/say';
import type { VoiceInfo } from '../../lib/reader/speech';
import type { DictEntry } from '../../lib/types';

type P = string;
type C = CardInfo<P>;
type E = HoverEvent<P, C>;

const ENTRY: DictEntry = {
  simplified: '银行',
  traditional: '銀行',
  pinyin: 'yín háng',
  definitions: ['bank'],
  source: 'cedict',
};

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

function showing(word = '银行', entry: DictEntry | undefined = ENTRY) {
  return run([
    { type: 'enable' },
    { type: 'move', x: 1, y: 1, trusted: true, shiftKey: false, altKey: false },
    { type: 'probed', hit: { kind: 'char', position: 'a' } },
    { type: 'answer', seq: 1, card: { at: 'a', word, entry, next: null, previous: null } },
  ]).state;
}

const keyEvent = (
  key: string,
  extra: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});
const pressed = (
  action: ReturnType<typeof hoverKeyAction>,
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
const says = (effects: HoverEffect<P>[]) => effects.filter((e) => e.type === 'say');

describe('hover card: say keys', () => {
  it('p says the word and l the sentence; not with Ctrl, Alt or Cmd (the browser’s keys)', () => {
    expect(hoverKeyAction(keyEvent('p'))).toBe('sayWord');
    expect(hoverKeyAction(keyEvent('P'))).toBe('sayWord');
    expect(hoverKeyAction(keyEvent('l'))).toBe('saySentence');
    expect(hoverKeyAction(keyEvent('p', { ctrlKey: true }))).toBeNull();
    expect(hoverKeyAction(keyEvent('l', { altKey: true }))).toBeNull();
    expect(hoverKeyAction(keyEvent('p', { metaKey: true }))).toBeNull();
  });

  it('a key or a button on a card with a word asks to say it; the key is consumed', () => {
    const word = run([pressed('sayWord')], showing());
    expect(word.effects).toEqual([{ type: 'consumeKey' }, { type: 'say', what: 'word' }]);
    const sentence = run([pressed('saySentence')], showing());
    expect(says(sentence.effects)).toEqual([{ type: 'say', what: 'sentence' }]);
    const clicked = run([{ type: 'sayClicked', what: 'sentence' }], showing());
    expect(clicked.effects).toEqual([{ type: 'say', what: 'sentence' }]);
  });

  it('says nothing without a card, for a card without a word, for untrusted or typed keys', () => {
    expect(says(run([pressed('sayWord')]).effects)).toEqual([]);
    expect(says(run([{ type: 'sayClicked', what: 'word' }]).effects)).toEqual([]);
    expect(says(run([pressed('sayWord')], showing('', undefined)).effects)).toEqual([]);
    expect(says(run([pressed('sayWord', { trusted: false })], showing()).effects)).toEqual([]);
    expect(says(run([pressed('sayWord', { editable: true })], showing()).effects)).toEqual([]);
  });

  it('a voice that cannot be used shows a status line on the card', () => {
    const out = run([{ type: 'status', status: { key: 'sayNoVoice' } }], showing());
    expect(out.state.status).toEqual({ key: 'sayNoVoice' });
    expect(out.effects).toEqual([{ type: 'draw' }]);
  });
});

describe('say: the variant of the text', () => {
  it('follows the word’s own script when its spellings differ', () => {
    expect(sayVariant('銀行', ENTRY, 'zh-CN', 'tw')).toBe('tw');
    expect(sayVariant('銀行', ENTRY, 'zh-CN', 'hk')).toBe('hk');
    expect(sayVariant('银行', ENTRY, 'zh-TW', 'tw')).toBe('cn');
  });

  it('else follows the page’s language, then mainland Mandarin', () => {
    const same = { simplified: '中国', traditional: '中國' };
    expect(sayVariant('人', { simplified: '人', traditional: '人' }, 'zh-HK', 'tw')).toBe('hk');
    expect(sayVariant('人', undefined, 'zh-Hant', 'twp')).toBe('tw');
    expect(sayVariant('人', undefined, 'zh-TW', 'hk')).toBe('hk');
    expect(sayVariant('人', undefined, 'yue', 'tw')).toBe('hk');
    expect(sayVariant('人', undefined, '', 'tw')).toBe('cn');
    expect(sayVariant('人', undefined, 'en', 'tw')).toBe('cn');
    // A word spelt neither way (a user term) also goes by the page.
    expect(sayVariant('中华', same, 'zh-TW', 'tw')).toBe('tw');
  });
});

const VOICES: VoiceInfo[] = [
  { name: 'Cloud CN', lang: 'zh-CN', localService: false, voiceURI: 'cloud-cn' },
  { name: 'Local CN', lang: 'zh-CN', localService: true, voiceURI: 'local-cn' },
  { name: 'Local TW', lang: 'zh_TW', localService: true, voiceURI: 'local-tw' },
  { name: 'English', lang: 'en-US', localService: true, voiceURI: 'en' },
];

describe('say: voice, rate and the consent rule', () => {
  it('uses the on-device voice for the variant, the language tag and the rate', () => {
    const plan = sayPlan('银行', 'cn', { ...DEFAULT_PREFS, rate: 1.4 }, VOICES);
    expect(plan).toEqual({ pieces: ['银行'], lang: 'zh-CN', voice: VOICES[1], rate: 1.4 });
    expect(sayPlan('銀行', 'tw', DEFAULT_PREFS, VOICES)?.voice.voiceURI).toBe('local-tw');
    expect(sayPlan('銀行', 'tw', DEFAULT_PREFS, VOICES)?.lang).toBe('zh-TW');
  });

  it('an online voice chosen in the options is used only after the user agreed', () => {
    const chosen = { ...DEFAULT_PREFS, voices: { cn: 'cloud-cn', tw: null, hk: null } };
    expect(sayPlan('银行', 'cn', chosen, VOICES)?.voice.voiceURI).toBe('local-cn');
    expect(sayPlan('银行', 'cn', { ...chosen, allowOnlineVoices: true }, VOICES)?.voice.voiceURI).toBe(
      'cloud-cn',
    );
  });

  it('with only online voices and no consent nothing is spoken (the default voice is not left to pick)', () => {
    const online = VOICES.filter((v) => !v.localService);
    expect(sayPlan('银行', 'cn', DEFAULT_PREFS, online)).toBeNull();
    expect(sayPlan('银行', 'cn', DEFAULT_PREFS, [])).toBeNull();
    expect(sayPlan('银行', 'cn', { ...DEFAULT_PREFS, allowOnlineVoices: true }, online)?.voice.voiceURI).toBe(
      'cloud-cn',
    );
  });

  it('a long sentence is cut into pieces no engine cuts off; blank text says nothing', () => {
    const long = `${'这是一个很长的句子，'.repeat(20)}完。`;
    const plan = sayPlan(long, 'cn', DEFAULT_PREFS, VOICES);
    expect(plan?.pieces.length).toBeGreaterThan(1);
    expect(plan?.pieces.join('')).toBe(long);
    expect(plan?.pieces.every((p) => p.length <= 80)).toBe(true);
    expect(sayPlan('  \n ', 'cn', DEFAULT_PREFS, VOICES)).toBeNull();
    expect(sayPlan('。！', 'cn', DEFAULT_PREFS, VOICES)).toBeNull();
  });
});
