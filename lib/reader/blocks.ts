// The reader's text as blocks for reading aloud (paragraphs, headings, list items, captions, cells), and
// the DOM range of a sentence inside one, to mark it. The <rt> elements hold no text (their readings are
// CSS-generated), so a block's textContent is exactly the characters read.
import { type SpeechPiece, splitSentences } from './speech';

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,figcaption,td,th,blockquote,dd,dt,pre';

/** Leaf blocks (no block inside them) with text, in document order. */
export function speechBlocks(root: Element): Element[] {
  return [...root.querySelectorAll(BLOCKS)].filter(
    (el) => el.querySelector(BLOCKS) === null && /[\p{L}\p{N}]/u.test(el.textContent ?? ''),
  );
}

/** Every block's sentences, pieces numbered by block. */
export function speechPieces(blocks: readonly Element[], max?: number): SpeechPiece[] {
  return blocks.flatMap((el, i) => splitSentences(el.textContent ?? '', i, max));
}

/** The range covering text offsets [start, end) of `block`. */
export function blockRange(block: Element, start: number, end: number): Range {
  const doc = block.ownerDocument;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(block, 0x4 /* SHOW_TEXT */);
  let offset = 0;
  let started = false;
  range.selectNodeContents(block);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const next = offset + text.data.length;
    if (!started && start < next) {
      range.setStart(text, start - offset);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(text, end - offset);
      break;
    }
    offset = next;
  }
  return range;
}
