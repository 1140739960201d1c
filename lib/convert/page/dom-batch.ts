// Runs converted together: a page has tens of thousands of short runs (a paragraph, a caption, a link),
// and converting each with its own call paid the converter's set-up, its wrappers and a joined string
// every time. Where the converter keeps every word's length (`aligned`: cn, tw, hk, t nearly always),
// the runs of a batch are converted as one string, a line break between runs so no word or phrase
// can span two of them, and each node's output is cut at its own offsets.

import { splitConverted, splitPieces } from '../text/split';
import type { TextConverter } from '../text/text';
import type { WriteBuffer } from './dom-schedule';
import type { TextRun } from './dom-walk';

/** Characters gathered before a batch is converted: a few milliseconds of work, so a batch fits in
 *  a time slice, and long enough that the per-call cost no longer counts. */
export const BATCH_CHARS = 4096;

/** Runs gathered at most: the caller reads the clock between batches. */
export const BATCH_RUNS = 64;

/** Between two runs: no lexicon word, target phrase or pinyin artifact contains a line break, so
 *  nothing is converted across it (and it is its own output). */
const SEPARATOR = '\n';

/** Called for each node whose text changes: the node, its current text, the converted text. */
export type Emit = (node: Text, data: string, value: string) => void;

export class RunBatch {
  constructor(private readonly fn: TextConverter) {}
  private runs: TextRun[] = [];
  /** Characters gathered so far. */
  chars = 0;
  /** Batches whose words kept their length, and those that did not (converted run by run again). */
  private hits = 0;
  private misses = 0;

  add(run: TextRun): void {
    this.runs.push(run);
    for (const source of run.sources) this.chars += source.length;
  }

  /** Whether runs are still converted together. A converter that changes lengths (Taiwan phrases:
   *  软件 → 軟體, 计算机 → 電腦) fails most batches: after a few, this pass stops trying (a failed
   *  attempt costs a second conversion). Without it, each run is a batch of its own. */
  private get batching(): boolean {
    return this.fn.aligned !== undefined && this.misses <= this.hits + 2;
  }

  /** Time to flush: enough characters or runs, or runs are not batched at all. */
  get full(): boolean {
    return this.chars >= BATCH_CHARS || this.runs.length >= BATCH_RUNS || !this.batching;
  }

  /** Converts the gathered runs: together when the converter keeps lengths, else each with
   *  `single`; emits the nodes whose text changes, then empties the batch. */
  flush(emit: Emit, single: (run: TextRun) => void): void {
    const runs = this.runs;
    this.runs = [];
    this.chars = 0;
    if (runs.length === 0) return;
    const batched = runs.length > 1 && this.batching;
    const out = batched ? (this.fn.aligned?.(joinRuns(runs)) ?? null) : null;
    if (out === null) {
      if (batched) this.misses++;
      for (const run of runs) single(run);
      return;
    }
    this.hits++;
    let at = 0;
    for (const { nodes, sources } of runs) {
      for (let i = 0; i < nodes.length; i++) {
        const end = at + sources[i]!.length;
        const value = out.slice(at, end);
        const node = nodes[i]!;
        const data = node.data;
        if (value !== data) emit(node, data, value);
        at = end;
      }
      at += SEPARATOR.length;
    }
  }
}

/** The batch's text as one flat string: built with join, not +=, whose chain of partial strings the
 *  converter's character-by-character reads then paid for (and the collector after it). */
function joinRuns(runs: readonly TextRun[]): string {
  const parts: string[] = [];
  for (const { sources } of runs) {
    for (const source of sources) parts.push(source);
    parts.push(SEPARATOR);
  }
  return parts.join('');
}

/** Converts one run into the write buffer (only the nodes whose text changes). */
export function convertRunInto(run: TextRun, fn: TextConverter, buffer: WriteBuffer): void {
  const { nodes, sources } = run;
  let pieces: string[];
  if (nodes.length === 1) pieces = [fn(sources[0]!)];
  else {
    const joined = sources.join('');
    // Where every word kept its length (nearly all text for cn/tw/hk), the output is cut at the
    // nodes' own offsets. Otherwise word-aware converters say which span became which output, so
    // cuts fall between or inside words exactly; others (plain OpenCC) are split by re-converting
    // prefixes.
    const aligned = fn.aligned?.(joined);
    if (aligned != null) {
      pieces = [];
      let at = 0;
      for (const source of sources) {
        pieces.push(aligned.slice(at, at + source.length));
        at += source.length;
      }
    } else
      pieces = fn.pieces
        ? splitPieces(sources, fn.pieces(joined), fn)
        : splitConverted(sources, fn(joined), fn);
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const data = node.data;
    if (pieces[i] !== data) buffer.add(node, data, pieces[i]!);
  }
}
