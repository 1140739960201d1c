import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cleanPinyinArtifacts } from '../lib/article/clean';
import { createPageConverter } from '../lib/convert/page/dom';
import { yieldToPage } from '../lib/convert/page/dom-schedule';
import { withArtifactCleaning } from '../lib/convert/text/clean-wrap';
import { createTextConverter, installLexicon, prepareTextConverter } from '../lib/convert/text/text';
import { cleanArtifacts } from '../lib/settings';
import { PieceCollector, registerConverterEngine } from '../lib/tab/converter-registry';
import type { ScriptTag, Source, Target } from '../lib/types';

// Injected into a tab's isolated world on the first conversion; carries the OpenCC tables. The word
// lexicon (public/convert/lexicon.bin) is handed over right after by the background, in pieces
// (installLexiconPieceInWorld): fetching it from here would need it to be web-accessible to every page.
// Until it arrives — or if it never does — conversion is OpenCC's, character by character.
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
  const lexiconPieces = new PieceCollector();
  registerConverterEngine(globalThis, {
    createTextConverter(from: Source, to: Target, scriptHint?: ScriptTag) {
      const fn = createTextConverter(from, to, scriptHint);
      return clean ? withArtifactCleaning(fn, cleanPinyinArtifacts) : fn;
    },
    prepare: (from: Source, to: Target, scriptHint?: ScriptTag) =>
      prepareTextConverter(from, to, scriptHint, yieldToPage),
    installLexicon,
    installLexiconPiece(index: number, count: number, piece: string) {
      const whole = lexiconPieces.add(index, count, piece);
      if (whole !== null) installLexicon(whole);
    },
    createPageConverter: (doc: Document) => createPageConverter(doc),
    ready,
  });
});
