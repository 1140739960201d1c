// The word converter's tables: OpenCC's dictionary groups from opencc-js, built into PhraseTables
// once per process, the character maps used only for lookups, and the lexicon's per-node data for the
// segmenter.
import type { Lexicon } from './lexicon';
import { openccLocale } from './opencc-data';
import { type DictLike, PhraseTable } from './table';

type ConfigName = 's2t' | 't2s' | 'tw2t' | 'hk2t' | 't2tw' | 't2hk' | 's2twp';

interface LocaleConfig {
  normalizationChain?: readonly (readonly DictLike[])[];
  conversionChain: readonly (readonly DictLike[])[];
}

const tableCache = new Map<string, PhraseTable>();
/** Tables being built in steps (prepareTable), by the same key. */
const building = new Map<string, ReturnType<typeof PhraseTable.builder>>();

function groupOf(config: ConfigName | 'norm', index: number): readonly DictLike[] {
  const configs = openccLocale().configs as unknown as Record<string, LocaleConfig>;
  const group =
    config === 'norm' ? configs.s2t?.normalizationChain?.[0] : configs[config]?.conversionChain[index];
  if (!group) throw new Error(`opencc-js has no table ${config}/${index}`);
  return group;
}

export function table(config: ConfigName | 'norm', index = 0): PhraseTable {
  const key = `${config}/${index}`;
  let t = tableCache.get(key);
  if (!t) {
    // One being built in steps is finished at once.
    const builder = building.get(key) ?? PhraseTable.builder(groupOf(config, index));
    builder.step(Number.POSITIVE_INFINITY);
    building.delete(key);
    t = builder.table;
    tableCache.set(key, t);
  }
  return t;
}

/** Builds a table until `deadline`; true when it is ready (table() then returns it at no cost). */
export function prepareTable(config: ConfigName | 'norm', index: number, deadline: number): boolean {
  const key = `${config}/${index}`;
  if (tableCache.has(key)) return true;
  let builder = building.get(key);
  if (!builder) {
    builder = PhraseTable.builder(groupOf(config, index));
    building.set(key, builder);
  }
  if (!builder.step(deadline)) return false;
  building.delete(key);
  tableCache.set(key, builder.table);
  return true;
}

export type { ConfigName };

/** Character-for-character maps used only to look words up (never for output): a Taiwan or Hong Kong
 *  variant (裡, 台) is looked up as OpenCC-standard Traditional (裏, 臺). */
export function lookupCharMap(dicts: readonly DictLike[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const dict of dicts) {
    if (typeof dict !== 'string') continue;
    for (const entry of dict.split('|')) {
      const [k = '', v = ''] = entry.split(' ');
      if (k.length === 1 && v.length === 1 && !map.has(k)) map.set(k, v);
    }
  }
  return map;
}

export function variantRevDicts(from: string): DictLike[] {
  const configs = openccLocale().configs as unknown as Record<string, LocaleConfig>;
  const out: DictLike[] = [...(configs.s2t?.normalizationChain?.[0] ?? [])];
  if (from === 'tw') out.push(...(configs.tw2t?.conversionChain[0] ?? []));
  if (from === 'hk') out.push(...(configs.hk2t?.conversionChain[0] ?? []));
  return out;
}

/** Per lexicon trie node, [cost, mask of its children's code units] (CodeTrie.withChildMasks),
 *  built once per lexicon section and shared by the converters that use it. */
const nodeInfos = new WeakMap<Lexicon, Int32Array>();
export function nodeInfoOf(lex: Lexicon): Int32Array {
  let info = nodeInfos.get(lex);
  if (!info) {
    info = lex.trie.withChildMasks(lex.nodeCost);
    nodeInfos.set(lex, info);
  }
  return info;
}
