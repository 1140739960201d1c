// OpenCC's tables (opencc-js's preset: which dictionaries each conversion chains, and the dictionaries'
// text) as data rather than code. As code they were 1.1 MB of string literals in converter.js, which
// the tab's first conversion compiled in one task of 65–125 ms; as data (public/convert/opencc.txt,
// written by scripts/build-lexicon.ts) the background hands them to the tab in pieces, each a task
// of a few milliseconds, and converter.js is the code alone. Node reads the package itself (node.ts).
//
// Format, UTF-8 text, one record a line:
//   wenzhai-opencc 1
//   {"from":…,"to":…,"configs":…}   the preset's structure, each dictionary replaced by its number
//   <dictionary 0>                   opencc-js's "key value|key value" text
//   <dictionary 1> …
import type * as Preset from 'opencc-js/preset';

export type OpenccLocale = Pick<typeof Preset, 'from' | 'to' | 'configs'>;

export const OPENCC_MAGIC = 'wenzhai-opencc 1';

/** The preset as the data file's text. Every distinct dictionary text is stored once. */
export function serialiseOpencc(locale: OpenccLocale): string {
  const numbers = new Map<string, number>();
  const shape = JSON.stringify(
    { from: locale.from, to: locale.to, configs: locale.configs },
    (_key, value) => {
      if (typeof value !== 'string') return value;
      if (/[\n\r]/.test(value)) throw new Error('an OpenCC dictionary holds a line break');
      if (!numbers.has(value)) numbers.set(value, numbers.size);
      return numbers.get(value);
    },
  );
  return [OPENCC_MAGIC, shape, ...numbers.keys()].join('\n');
}

/** The preset back from the data file's text (throws on another format). Cheap: one small JSON and
 *  slices of the text, no dictionary is split here (the tables are built from them in slices). */
export function parseOpencc(text: string): OpenccLocale {
  const lines: string[] = [];
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    lines.push(text.slice(at, end));
    at = end + 1;
  }
  if (lines[0] !== OPENCC_MAGIC) throw new Error('not an OpenCC data file');
  const dicts = lines.slice(2);
  const shape: unknown = JSON.parse(lines[1] ?? 'null');
  const resolve = (value: unknown): unknown => {
    if (typeof value === 'number') {
      const dict = dicts[value];
      if (dict === undefined) throw new Error(`OpenCC data file has no dictionary ${value}`);
      return dict;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    return value;
  };
  const locale = resolve(shape) as Partial<OpenccLocale> | null;
  if (!locale?.from || !locale.to || !locale.configs) throw new Error('OpenCC data file lacks a part');
  return locale as OpenccLocale;
}

// Installed by whoever can read them: the converter entry from the background's hand-over or an
// extension page's fetch, Node from the package (node.ts).
let installed: OpenccLocale | null = null;

export function installOpencc(locale: OpenccLocale): void {
  installed = locale;
}

/** The installed preset; throws when none was (a build without public/convert/opencc.txt). */
export function openccLocale(): OpenccLocale {
  if (!installed) throw new Error('OpenCC tables not installed (public/convert/opencc.txt)');
  return installed;
}
