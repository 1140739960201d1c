// `npm run eval -- mixed`: what converting toward a script does to text already in it (issue 14).
// Auto-detected text converted to 简体 goes through Taiwan Traditional → Simplified even when it is
// Simplified already (so mixed text loses every Traditional character); this measures how many
// characters of real Simplified text that changes, and likewise Simplified → Traditional applied to
// Traditional text (the path for mostly-Traditional text holding Simplified characters). Text: the gold
// bodies of ../shared/corpus/articles-zh/multi-source and immortal-autumn's cleaned texts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectScript } from '../lib/convert/script';
import { useLexiconFromDisk } from '../lib/convert/text/node';
import { convertText } from '../lib/convert/text/text';
import type { Source, Target } from '../lib/types';

const corpus = process.env.WENZHAI_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus');

function texts(): { hans: string[]; hant: string[] } {
  const hans: string[] = [];
  const hant: string[] = [];
  const multi = join(corpus, 'articles-zh/multi-source');
  if (existsSync(multi))
    for (const name of readdirSync(multi)) {
      const file = join(multi, name, 'gold.json');
      if (!existsSync(file)) continue;
      const gold = JSON.parse(readFileSync(file, 'utf8')) as { body: string; lang: string };
      (gold.lang === 'zh-Hant' ? hant : hans).push(gold.body);
    }
  const cleaned = join(corpus, 'articles-zh/immortal-autumn/cleaned');
  if (existsSync(cleaned))
    for (const name of readdirSync(cleaned)) {
      const text = readFileSync(join(cleaned, name), 'utf8');
      const { simplified, traditional, han } = detectScript(text);
      // Only texts that are plainly one script: the point is what a conversion does to its own script.
      if (han < 50) continue;
      if (traditional === 0 && simplified > 0) hans.push(text);
      else if (simplified === 0 && traditional > 0) hant.push(text);
    }
  return { hans, hant };
}

function measure(label: string, docs: string[], from: Source, to: Target): void {
  let total = 0;
  let changed = 0;
  const pairs = new Map<string, number>();
  for (const doc of docs) {
    const out = convertText(doc, { from, to });
    const a = Array.from(doc);
    const b = Array.from(out);
    total += a.length;
    if (a.length !== b.length) {
      changed += Math.abs(a.length - b.length);
      continue;
    }
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i]) {
        changed++;
        const key = `${a[i]}→${b[i]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  const top = [...pairs]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 12)
    .map(([k, n]) => `${k}×${n}`)
    .join(' ');
  console.log(
    `${label.padEnd(44)} ${String(docs.length).padStart(4)} texts ${String(total).padStart(8)} chars, changed ${changed} (${((100 * changed) / Math.max(1, total)).toFixed(3)}%)  ${top}`,
  );
}

export async function evalConvertMixed(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`eval mixed: ${corpus} not found, skipped`);
    return;
  }
  useLexiconFromDisk();
  const { hans, hant } = texts();
  console.log('-- conversion toward a script, applied to text already in it (characters changed)');
  measure('Simplified text, auto → cn (as the CLI/page)', hans, 'auto', 'cn');
  measure('Simplified text, t → cn (OpenCC standard)', hans, 't', 'cn');
  measure('Traditional text, cn → tw (S→T on Trad.)', hant, 'cn', 'tw');
  measure('Traditional text, auto → tw', hant, 'auto', 'tw');
}
