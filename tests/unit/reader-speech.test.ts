import { describe, expect, it } from 'vitest';
import {
  emptyQueue,
  nextQueue,
  pickVoice,
  type SpeechQueue,
  speechAction,
  splitLong,
  splitSentences,
  type VoiceInfo,
} from '../../lib/reader/speech';
import { nonEmpty } from './non-empty';

describe('splitSentences', () => {
  it('cuts at sentence punctuation, keeps closing quotes, drops punctuation-only pieces', () => {
    const text = '他说：“今天下雨。”明天呢？好！……';
    const pieces = splitSentences(text, 3);
    expect(pieces.map((p) => p.text)).toEqual(['他说：“今天下雨。”', '明天呢？', '好！……']);
    for (const p of nonEmpty(pieces)) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.block).toBe(3);
    }
  });

  it('splits a long sentence at commas so no piece exceeds the limit', () => {
    const clause = '这是一个比较长的分句，';
    const text = `${clause.repeat(30)}完。`;
    const pieces = splitSentences(text, 0, 40);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of nonEmpty(pieces)) {
      expect(p.text.length).toBeLessThanOrEqual(40);
      expect(p.text.endsWith('，') || p.text.endsWith('。')).toBe(true);
    }
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('hard-cuts a sentence without punctuation, never inside a surrogate pair', () => {
    const text = '𠀀'.repeat(50);
    const parts = splitLong(text, 15);
    for (const part of nonEmpty(parts)) {
      expect(part.end - part.start).toBeLessThanOrEqual(15);
      expect(part.start % 2).toBe(0);
    }
    expect(parts.at(-1)?.end).toBe(text.length);
  });
});

describe('speech queue', () => {
  const pieces = splitSentences('一。二。三。');
  const run = (events: Parameters<typeof nextQueue>[1][]): SpeechQueue[] => {
    const states = [emptyQueue(pieces)];
    for (const e of events) states.push(nextQueue(states.at(-1) as SpeechQueue, e));
    return states;
  };

  it('speaks each piece in order, then is done', () => {
    const states = run([{ type: 'start' }, { type: 'ended' }, { type: 'ended' }, { type: 'ended' }]);
    expect(states.map((s) => [s.index, s.status])).toEqual([
      [0, 'idle'],
      [0, 'speaking'],
      [1, 'speaking'],
      [2, 'speaking'],
      [2, 'done'],
    ]);
    expect(speechAction(states[0] as SpeechQueue, states[1] as SpeechQueue)).toBe('speak');
    expect(speechAction(states[1] as SpeechQueue, states[2] as SpeechQueue)).toBe('speak');
    expect(speechAction(states[3] as SpeechQueue, states[4] as SpeechQueue)).toBe('none');
  });

  it('pauses and resumes the same piece; skipping speaks another', () => {
    const states = run([{ type: 'start' }, { type: 'pause' }, { type: 'resume' }, { type: 'skip', by: 1 }]);
    const [, speaking, paused, resumed, skipped] = states as SpeechQueue[];
    expect(paused?.status).toBe('paused');
    expect(speechAction(speaking as SpeechQueue, paused as SpeechQueue)).toBe('pause');
    expect(speechAction(paused as SpeechQueue, resumed as SpeechQueue)).toBe('resume');
    expect(skipped?.index).toBe(1);
    expect(speechAction(resumed as SpeechQueue, skipped as SpeechQueue)).toBe('speak');
  });

  it('ignores an end event while paused and clamps skips', () => {
    const states = run([{ type: 'start' }, { type: 'pause' }, { type: 'ended' }, { type: 'skip', by: -5 }]);
    expect(states[3]?.index).toBe(0);
    expect(states[3]?.status).toBe('paused');
    expect(states[4]?.index).toBe(0);
    const stopped = nextQueue(states[1] as SpeechQueue, { type: 'stop' });
    expect(speechAction(states[1] as SpeechQueue, stopped)).toBe('cancel');
  });
});

describe('pickVoice', () => {
  const voices: VoiceInfo[] = [
    { name: 'Online TW', lang: 'zh-TW', localService: false, voiceURI: 'online-tw' },
    { name: 'Local CN', lang: 'zh-CN', localService: true, voiceURI: 'local-cn' },
    { name: 'Local HK', lang: 'zh-HK', localService: true, voiceURI: 'local-hk' },
    { name: 'English', lang: 'en-US', localService: true, voiceURI: 'en' },
  ];

  it('prefers an on-device voice of the exact language', () => {
    expect(pickVoice(voices, 'zh-CN', null, false)?.voiceURI).toBe('local-cn');
    expect(pickVoice(voices, 'zh-HK', null, false)?.voiceURI).toBe('local-hk');
  });

  it('uses an online voice only when the user agreed', () => {
    expect(pickVoice(voices, 'zh-TW', 'online-tw', false)?.voiceURI).not.toBe('online-tw');
    expect(pickVoice(voices, 'zh-TW', 'online-tw', true)?.voiceURI).toBe('online-tw');
    expect(pickVoice(voices, 'zh-TW', null, true)?.voiceURI).toBe('online-tw');
  });

  it('never picks a voice of another language', () => {
    expect(pickVoice([voices[3] as VoiceInfo], 'zh-CN', 'en', true)).toBeNull();
  });
});

describe('speaker', async () => {
  const { createSpeaker } = await import('../../lib/reader/speaker');
  type Utt = {
    text: string;
    lang: string;
    rate: number;
    voice: unknown;
    onend: ((e: unknown) => void) | null;
    onerror: ((e: unknown) => void) | null;
  };
  const voice: VoiceInfo = { name: 'Local TW', lang: 'zh-TW', localService: true, voiceURI: 'tw' };
  const setup = () => {
    const log: string[] = [];
    const spoken: Utt[] = [];
    const synth = {
      speak: (u: never) => {
        spoken.push(u as Utt);
        log.push(`speak ${(u as Utt).text}`);
      },
      cancel: () => {
        // a real engine reports the cancelled utterance as interrupted
        for (const u of spoken) u.onerror?.({ error: 'interrupted' });
        log.push('cancel');
      },
      pause: () => log.push('pause'),
      resume: () => log.push('resume'),
      getVoices: () => [voice],
    };
    const speaker = createSpeaker({
      synth,
      makeUtterance: (text) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }),
      settings: () => ({ lang: 'zh-TW', voice, rate: 1.2 }),
      onChange: () => undefined,
    });
    speaker.setPieces(splitSentences('甲。乙。丙。'));
    return { speaker, log, spoken };
  };

  it('speaks the pieces in order with the language, voice and rate', () => {
    const { speaker, spoken } = setup();
    speaker.send({ type: 'start' });
    spoken.at(-1)?.onend?.({});
    spoken.at(-1)?.onend?.({});
    expect(spoken.map((u) => [u.text, u.lang, u.voice, u.rate])).toEqual([
      ['甲。', 'zh-TW', voice, 1.2],
      ['乙。', 'zh-TW', voice, 1.2],
      ['丙。', 'zh-TW', voice, 1.2],
    ]);
    spoken.at(-1)?.onend?.({});
    expect(speaker.state.status).toBe('done');
  });

  it('a cancelled utterance does not advance the queue; pause and resume reach the engine', () => {
    const { speaker, log, spoken } = setup();
    speaker.send({ type: 'start' });
    speaker.send({ type: 'skip', by: 1 });
    spoken[0]?.onend?.({}); // stale end of the first piece
    expect(speaker.state.index).toBe(1);
    speaker.send({ type: 'pause' });
    speaker.send({ type: 'resume' });
    expect(log.slice(-2)).toEqual(['pause', 'resume']);
  });
});

it('voicesFor lists the same language first, then the rest of the Chinese family', async () => {
  const { voicesFor } = await import('../../lib/reader/speech');
  const voices = [
    { name: 'B', lang: 'zh-CN', localService: true, voiceURI: 'b' },
    { name: 'A', lang: 'zh_TW', localService: false, voiceURI: 'a' },
    { name: 'C', lang: 'en-US', localService: true, voiceURI: 'c' },
    { name: 'D', lang: 'yue-HK', localService: true, voiceURI: 'd' },
  ];
  expect(voicesFor(voices, 'zh-TW').map((v) => v.voiceURI)).toEqual(['a', 'b', 'd']);
  expect(voicesFor(voices, 'zh-CN').map((v) => v.voiceURI)).toEqual(['b', 'a', 'd']);
});
