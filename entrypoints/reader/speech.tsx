// Read-aloud wiring for the reader page: the browser's speechSynthesis (looked up when used, so a test
// can put a stub in its place before the page loads) driven by lib/reader/speaker.ts, the current
// sentence marked (CSS highlight) and kept in view, and the keys.
import type { RefObject } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ReaderSpeech } from '../../components/ReaderSpeech';
import { blockRange, speechBlocks, speechPieces } from '../../lib/reader/blocks';
import type { ReaderPrefs, SpeechVariant } from '../../lib/reader/prefs';
import { createSpeaker, type Speaker, type SynthLike, type UtteranceLike } from '../../lib/reader/speaker';
import {
  emptyQueue,
  pickVoice,
  type SpeechEvent,
  type SpeechQueue,
  speechLang,
  type VoiceInfo,
} from '../../lib/reader/speech';
import type { ClippingInput, Target } from '../../lib/types';

interface SpeechWiring {
  textRef: RefObject<HTMLDivElement | null>;
  article: ClippingInput | null | undefined;
  /** Bumped when a ruby pass finishes (the blocks are final then). */
  annotated: number;
  prefs: ReaderPrefs | null;
  traditional: Target;
  change: (part: Partial<ReaderPrefs>) => void;
}

const HIGHLIGHT = 'wenzhai-sentence';

function variantOf(
  prefs: ReaderPrefs,
  article: ClippingInput | null | undefined,
  traditional: Target,
): SpeechVariant {
  const hant = prefs.script === 'hant' || (prefs.script === 'original' && article?.script === 'zh-Hant');
  if (!hant) return 'cn';
  return traditional === 'hk' ? 'hk' : 'tw';
}

const synthOf = (): (SynthLike & EventTarget) | null =>
  (globalThis as { speechSynthesis?: SynthLike & EventTarget }).speechSynthesis ?? null;

type HighlightApi = { highlights?: Map<string, unknown> };
const highlightCtor = (): (new (...ranges: Range[]) => unknown) | undefined =>
  (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;

/** The browser's Chinese voices, read again when the browser says the list changed. */
function useChineseVoices(): readonly VoiceInfo[] {
  const [voices, setVoices] = useState<readonly VoiceInfo[]>([]);
  useEffect(() => {
    const synth = synthOf();
    if (!synth) return;
    const read = () => setVoices(synth.getVoices().filter((v) => /^(zh|yue|cmn)/i.test(v.lang)));
    read();
    synth.addEventListener?.('voiceschanged', read);
    return () => synth.removeEventListener?.('voiceschanged', read);
  }, []);
  return voices;
}

/** Marks the sentence being read (attribute on its block, CSS highlight on its range), clearing the
 *  last one, and scrolls it into view when it is near an edge. */
function markSentence(queue: SpeechQueue, blocks: readonly Element[]): void {
  const registry = (globalThis as { CSS?: HighlightApi }).CSS?.highlights;
  for (const el of blocks) el.removeAttribute('data-speaking');
  registry?.delete(HIGHLIGHT);
  if (queue.status !== 'speaking' && queue.status !== 'paused') return;
  const piece = queue.pieces[queue.index];
  const block = piece ? blocks[piece.block] : undefined;
  if (!piece || !block) return;
  block.setAttribute('data-speaking', String(queue.index));
  const range = blockRange(block, piece.start, piece.end);
  const Highlight = highlightCtor();
  if (registry && Highlight) registry.set(HIGHLIGHT, new Highlight(range));
  const rect = range.getBoundingClientRect();
  if (rect.top < 80 || rect.bottom > window.innerHeight - 40) block.scrollIntoView({ block: 'center' });
}

/** Keys: Space pause/resume, N next, B previous, Esc stop (not while typing or on a control). */
function useSpeechKeys(speaker: Speaker | null, send: (event: SpeechEvent) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, button, a')) return;
      const status = speaker?.state.status;
      if (event.key === ' ') {
        if (status === 'speaking') send({ type: 'pause' });
        else if (status === 'paused') send({ type: 'resume' });
        else send({ type: 'start' });
      } else if (event.key === 'n' || event.key === 'N') send({ type: 'skip', by: 1 });
      else if (event.key === 'b' || event.key === 'B') send({ type: 'skip', by: -1 });
      else if (event.key === 'Escape' && (status === 'speaking' || status === 'paused'))
        send({ type: 'stop' });
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [speaker, send]);
}

export function useReaderSpeech({ textRef, article, annotated, prefs, traditional, change }: SpeechWiring) {
  const voices = useChineseVoices();
  const [queue, setQueue] = useState<SpeechQueue>(emptyQueue([]));
  const variant = prefs ? variantOf(prefs, article, traditional) : 'cn';
  const lang = speechLang(variant);

  const chosen = prefs?.voices[variant] ?? null;
  const allowOnline = prefs?.allowOnlineVoices ?? false;
  const voice = pickVoice(voices, lang, chosen, allowOnline);

  // The speaker asks for the settings at each utterance, so a change applies from the next sentence.
  const settings = useRef(() => ({ lang, voice: null as VoiceInfo | null, rate: 1 }));
  settings.current = () => {
    const real = voice
      ? synthOf()
          ?.getVoices()
          .find((v) => v.voiceURI === voice.voiceURI)
      : null;
    return { lang, voice: real ?? null, rate: prefs?.rate ?? 1 };
  };
  const speaker = useMemo(() => {
    const synth = synthOf();
    if (!synth) return null;
    const Utterance = (globalThis as { SpeechSynthesisUtterance?: new (text: string) => UtteranceLike })
      .SpeechSynthesisUtterance;
    if (!Utterance) return null;
    return createSpeaker({
      synth,
      makeUtterance: (text) => new Utterance(text),
      settings: () => settings.current(),
      onChange: setQueue,
    });
  }, []);
  // New text (a script switch, a new article): new pieces, cut when first needed. Cutting reads every
  // block's text (over ~150,000 ruby elements on a 200,000-character article, a 200 ms task), so it is
  // not done when the text is drawn but when reading starts.
  const [blocks, setBlocks] = useState<Element[]>([]);
  const stale = useRef(true);
  useEffect(() => {
    if (!speaker) return;
    stale.current = true;
    if (speaker.state.status === 'speaking' || speaker.state.status === 'paused') freshPieces();
  }, [annotated, speaker]);
  const freshPieces = () => {
    const root = textRef.current;
    if (!root || !speaker || !stale.current) return;
    stale.current = false;
    const found = speechBlocks(root);
    setBlocks(found);
    speaker.setPieces(speechPieces(found));
  };

  // Mark the current sentence and keep it in view.
  useEffect(() => markSentence(queue, blocks), [queue, blocks]);

  const send = useCallback(
    (e: Parameters<NonNullable<typeof speaker>['send']>[0]) => {
      if (e.type === 'start') freshPieces();
      speaker?.send(e);
    },
    [speaker],
  );

  useSpeechKeys(speaker, send);

  useEffect(() => () => speaker?.send({ type: 'stop' }), [speaker]);

  if (!prefs) return null;
  return (
    <ReaderSpeech
      status={queue.status}
      variant={variant}
      voices={voices}
      chosen={chosen}
      allowOnline={allowOnline}
      rate={prefs.rate}
      noVoice={speaker === null || voice === null}
      onPlay={() => send({ type: 'start' })}
      onPause={() => send({ type: 'pause' })}
      onResume={() => send({ type: 'resume' })}
      onStop={() => send({ type: 'stop' })}
      onSkip={(by) => send({ type: 'skip', by })}
      onVoice={(id) => change({ voices: { ...prefs.voices, [variant]: id } })}
      onAllowOnline={(allowOnlineVoices) => change({ allowOnlineVoices })}
      onRate={(rate) => change({ rate })}
    />
  );
}
