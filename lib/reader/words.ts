// The reader's word list: CC-CEDICT reduced to what the readings need (headwords in both scripts and
// their pinyin), compiled by scripts/build-reader-words.ts into the dictionary's binary format so the
// same loader, segmentation and `get` serve it. Definitions are dropped: the reader's worker then
// fetches and unpacks about a third of the bytes, and `get` decodes no definition text per word.

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \//;

/** CEDICT text with every entry's definitions removed (`傳統 传统 [chuan2 tong3] //`); comments and
 *  malformed lines are dropped. Entries that then repeat exactly (same headwords and reading) are
 *  merged, keeping the first: the readings a word offers, in order, are unchanged. */
export function readingsOnlyCedict(cedict: string): string {
  const out = new Set<string>();
  for (const line of cedict.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (m) out.add(`${m[1]} ${m[2]} [${m[3]}] //`);
  }
  return [...out].join('\n');
}
