// HTML-fragment conversion for the CLI (`convert --html`), eval and bench.
// NODE ONLY: imports happy-dom through lib/node/dom.ts — never import this from extension code
// (content scripts use createPageConverter on the live document instead).
import { parseFragment } from '../../node/dom';
import type { Source, Target } from '../../types';
import { detectScript } from '../script';
import { withArtifactCleaning } from '../text/clean-wrap';
import { useLexiconFromDisk } from '../text/node';
import { createTextConverter, langForTarget } from '../text/text';
import { createPageConverter } from './dom';

// Node programs that import this (the CLI) convert word-aware, from public/convert/lexicon.bin.
useLexiconFromDisk();

/** Converts the text of an HTML fragment with the same page converter the extension runs, so the CLI
 *  shows exactly what a page would show. With `from: 'auto'` the source is detected once from the
 *  whole fragment's text rather than per block. */
export async function convertHtmlFragment(
  html: string,
  opts: { from: Source; to: Target; clean?: (text: string) => string },
): Promise<string> {
  const { document, container } = parseFragment(html);
  const hint = opts.from === 'auto' ? detectScript(container.textContent ?? '').script : undefined;
  const plain = createTextConverter(opts.from, opts.to, hint);
  // `clean` (flattened-pinyin removal, as the extension does before converting) goes inside the converter.
  const convertFn = opts.clean ? withArtifactCleaning(plain, opts.clean) : plain;
  const converter = createPageConverter(document, { root: container, staticDocument: true });
  await converter.convert(convertFn, langForTarget(opts.to));
  return container.innerHTML;
}
