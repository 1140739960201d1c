// The multi-source set of `npm run eval -- article` (../shared/corpus/articles-zh/multi-source): 32
// Chinese news pages from four public test sets, each read with the charset its gold.json names (Big5
// included), scored on character bigrams of the body, the title (exact, or the gold with a site part
// around ours) and the publication time (the same minute, or the same date where the gold has no time).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../lib/charset';
import type { Article } from '../lib/types';
import {
  authorMatches,
  bagScore,
  bigrams,
  isoDateMatches,
  lowScoreReason,
  type PageResult,
  type Side,
  titleMatches,
} from './eval-article-score';

interface MultiGold {
  title: string;
  published: string;
  body: string;
  url: string;
  charset: string;
  byline?: string;
  gold_kind: string;
}

export interface Baseline {
  text: string;
  title: string;
  byline: string | null;
  published: string | null;
}

type Run = (html: string, url: string) => { a: Article; b: Baseline };

// Second dates a gold's own notes accept ("visible dateline is 2024年05月10日 00:26; <meta
// article:published_time> says 2024-05-10T05:54:20+08:00 — accept either").
const ALSO_ACCEPTED: Readonly<Record<string, string>> = {
  'magichtml-09': '2024-05-10T05:54:20+08:00',
};

export async function multiSource(
  dir: string,
  run: Run,
  settle: () => Promise<void>,
  report: (r: PageResult) => void,
): Promise<void> {
  const pages = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'gold.json')))
    .sort();
  for (const name of pages) {
    const gold = JSON.parse(readFileSync(join(dir, name, 'gold.json'), 'utf8')) as MultiGold;
    const bytes = new Uint8Array(readFileSync(join(dir, name, 'source.html')));
    const { a, b } = run(decodeHtml(bytes, gold.charset).text, gold.url);
    const side = (text: string, title: string, byline: string | null, date: string | null): Side => ({
      prf: bagScore(bigrams(text), bigrams(gold.body)),
      title: titleMatches(gold.title, title),
      byline: gold.byline ? authorMatches(gold.byline, byline) : null,
      date:
        isoDateMatches(gold.published, date) ||
        (ALSO_ACCEPTED[name] !== undefined && isoDateMatches(ALSO_ACCEPTED[name], date) === true),
    });
    await settle();
    const ours = side(a.paragraphs.join('\n'), a.title, a.byline, a.published);
    report({
      set: 'multi-source',
      id: name,
      chinese: true,
      ours,
      rb: side(b.text, b.title, b.byline, b.published),
      reason: ours.prf.f < 0.8 ? lowScoreReason(a.paragraphs.join('\n'), gold.body, ours.prf) : undefined,
      dates: { gold: gold.published, ours: a.published, seen: [] },
      titleSeen: ours.title ? undefined : { gold: gold.title, ours: a.title },
    });
  }
}
