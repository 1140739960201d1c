import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cleanPinyinArtifacts } from '../lib/article/clean';
import { createPageConverter } from '../lib/convert/page/dom';
import { yieldToPage } from '../lib/convert/page/dom-schedule';
import { withArtifactCleaning } from '../lib/convert/text/clean-wrap';
import { installOpencc, parseOpencc } from '../lib/convert/text/opencc-data';
import { createTextConverter, installLexicon, prepareTextConverter } from '../lib/convert/text/text';
import { cleanArtifacts } from '../lib/settings';
import { type ConverterData, PieceCollector, registerConverterEngine } from '../lib/tab/converter-registry';
import type { ScriptTag, Source, Target } from '../lib/types';

// Injected into a tab's isolated world on the first conversion: the converter's code only. Its data —
// OpenCC's tables (public/convert/opencc.txt) and the word lexicon (public/convert/lexicon.bin) — is
// handed over right after by the background, in pieces (installPieceInWorld), each compiled in a task
// of its own: fetching it from here would need it to be web-accessible to every page, and bundled as
// code the tables were one compile task of 65–125 ms. Until the lexicon arrives — or if it never
// does — conversion is OpenCC's, character by character.
export default defineUnlistedScript(() => {
  let clean = true;
  const ready = cleanArtifacts
    .getValue()
    .then((on) => {
      clean = on;
    })
    .catch(() => undefined);
  cleanArtifacts.watch((on) => {
    clean = on !== false;
  });
  const collectors: Record<ConverterData, PieceCollector> = {
    opencc: new PieceCollector(),
    lexicon: new PieceCollector(),
  };
  const install = (data: ConverterData, text: string): void =>
    data === 'opencc' ? installOpencc(parseOpencc(text)) : installLexicon(text);
  registerConverterEngine(globalThis, {
    createTextConverter(from: Source, to: Target, scriptHint?: ScriptTag) {
      const fn = createTextConverter(from, to, scriptHint);
      return clean ? withArtifactCleaning(fn, cleanPinyinArtifacts) : fn;
    },
    prepare: (from: Source, to: Target, scriptHint?: ScriptTag) =>
      prepareTextConverter(from, to, scriptHint, yieldToPage),
    installOpencc: (text: string) => install('opencc', text),
    installLexicon,
    installPiece(data: ConverterData, index: number, count: number, piece: string) {
      const whole = collectors[data]?.add(index, count, piece);
      if (whole != null) install(data, whole);
    },
    createPageConverter: (doc: Document) => createPageConverter(doc),
    ready,
  });
});
