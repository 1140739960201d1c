// HSK levels and frequency rank of a word, read from the shipped extract (public/hsk/hsk.tsv, compiled
// by scripts/build-hsk.ts). Indexed by both scripts, so 經濟 finds 经济's row.

export interface HskInfo {
  /** HSK 2.0 level 1–6, or null when the word is not on those lists. */
  hsk2: number | null;
  /** HSK 3.0 level 1–6, or 7 for the 7–9 band; null when not listed. */
  hsk3: number | null;
  /** Frequency rank (1 = most frequent), or null when unranked. */
  frequency: number | null;
}

export interface HskIndex {
  readonly size: number;
  get(word: string): HskInfo | undefined;
}

const levelOf = (field: string | undefined, max: number): number | null => {
  const n = Number(field);
  return field && Number.isInteger(n) && n >= 1 && n <= max ? n : null;
};

export function parseHsk(text: string): HskIndex {
  const map = new Map<string, HskInfo>();
  let size = 0;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [simplified, traditional, hsk2, hsk3, rank] = line.split('\t');
    if (!simplified) continue;
    const frequency = Number(rank);
    const info: HskInfo = {
      hsk2: levelOf(hsk2, 6),
      hsk3: levelOf(hsk3, 7),
      frequency: rank && Number.isInteger(frequency) && frequency > 0 ? frequency : null,
    };
    size++;
    map.set(simplified, info);
    for (const t of (traditional ?? '').split(',')) if (t && !map.has(t)) map.set(t, info);
  }
  return { size, get: (word) => map.get(word) };
}

/** "7–9" for the HSK 3.0 top band, else the level as a string. */
export function hsk3Label(level: number): string {
  return level >= 7 ? '7–9' : String(level);
}
