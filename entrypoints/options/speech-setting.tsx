// Wires Options → Read aloud to the reader's stored preferences (lib/reader/prefs.ts): only the voice,
// consent and speed fields change; the rest of the reader's preferences are kept as they are. The
// voices are the browser's own (speechSynthesis, listed again when the browser announces a change).
import { useEffect, useState } from 'preact/hooks';
import { SpeechGroup, type SpeechSettings } from '../../components/options/SpeechGroup';
import { normalisePrefs, readerPrefs } from '../../lib/reader/prefs';
import type { VoiceInfo } from '../../lib/reader/speech';
import { useSetting } from './use-setting';

type Synth = EventTarget & { getVoices(): VoiceInfo[] };
const synthOf = (): Synth | null => (globalThis as { speechSynthesis?: Synth }).speechSynthesis ?? null;

export function SpeechSetting({ onSaved }: { onSaved?: () => void }) {
  const [stored, setStored] = useSetting(readerPrefs, onSaved);
  const [voices, setVoices] = useState<readonly VoiceInfo[]>([]);
  useEffect(() => {
    const synth = synthOf();
    if (!synth) return;
    const read = () => setVoices(synth.getVoices().filter((v) => /^(zh|yue|cmn)/i.test(v.lang)));
    read();
    synth.addEventListener('voiceschanged', read);
    return () => synth.removeEventListener('voiceschanged', read);
  }, []);
  const prefs = normalisePrefs(stored);
  return (
    <SpeechGroup
      value={prefs}
      voices={voices}
      onChange={(change: Partial<SpeechSettings>) => setStored(normalisePrefs({ ...prefs, ...change }))}
    />
  );
}
