// The background's side of loading the converter into a frame: the code (converter.js), then its
// data — OpenCC's tables and the word lexicon — as arguments, so the files need not be
// web-accessible, in pieces each compiled in a task of its own (converter-registry.ts).
import { browser } from 'wxt/browser';
import { handOverInPieces, installPieceInWorld } from './converter-registry';

type DataFile = '/convert/opencc.txt' | '/convert/lexicon.bin';

/** An injector that reads each data file once, on the first conversion (null when missing: without
 *  the lexicon tabs convert OpenCC-style). */
export function converterInjector(): (tabId: number, frameId: number) => Promise<void> {
  const texts = new Map<DataFile, Promise<string | null>>();
  const read = (path: DataFile): Promise<string | null> => {
    let text = texts.get(path);
    if (!text) {
      text = fetch(browser.runtime.getURL(path))
        .then((r) => (r.ok ? r.text() : null))
        .catch(() => null);
      texts.set(path, text);
    }
    return text;
  };
  return async (tabId, frameId) => {
    const target = { tabId, frameIds: [frameId] };
    await browser.scripting.executeScript({ target, files: ['/converter.js'] });
    const run = (args: Parameters<typeof installPieceInWorld>) =>
      browser.scripting.executeScript({ target, func: installPieceInWorld, args });
    const [opencc, lexicon] = await Promise.all([read('/convert/opencc.txt'), read('/convert/lexicon.bin')]);
    await Promise.all([
      opencc ? handOverInPieces('opencc', opencc, run) : undefined,
      lexicon ? handOverInPieces('lexicon', lexicon, run) : undefined,
    ]);
  };
}
