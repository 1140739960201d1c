// Quality checks on the shipped glossary data: coverage of the seed terms, every category used, and the
// compiled module in step with the data files, which pass the build's own checks.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsGlossary } from '../../lib/glossary/glossary';
import { GLOSSARY_CATEGORIES } from '../../lib/glossary/term';
import { NEWS_TERMS } from '../../lib/glossary/terms';
import { parseGlossaryTsv } from '../../lib/glossary/tsv';
import { validateGlossary } from '../../lib/glossary/validate';
import { glossaryFiles } from '../../scripts/build-glossary';
import { glossaryReferences } from '../../scripts/glossary-refs';
import { nonEmpty } from './non-empty';

// Terms from the seed articles, in the Traditional form they appeared in.
const SEED_TRADITIONAL = [
  '四個意識',
  '四個自信',
  '兩個維護',
  '六穩',
  '復工復產',
  '聯防聯控',
  '群防群控',
  '外防輸入',
  '內防擴散',
  '高質量發展',
  '不忘初心',
  '牢記使命',
  '十三五',
  '中央政治局',
  '先行示範區',
  '雙區',
  '雙城聯動',
  '小升規',
  '新舊動能轉換',
  '主題教育',
  '黨組',
];
// The same terms written by hand in Simplified, so the test does not depend on the data to convert them.
const SEED_SIMPLIFIED = [
  '四个意识',
  '四个自信',
  '两个维护',
  '六稳',
  '复工复产',
  '联防联控',
  '群防群控',
  '外防输入',
  '内防扩散',
  '高质量发展',
  '不忘初心',
  '牢记使命',
  '十三五',
  '中央政治局',
  '先行示范区',
  '双区',
  '双城联动',
  '小升规',
  '新旧动能转换',
  '主题教育',
  '党组',
];

describe('news glossary data', () => {
  const glossary = newsGlossary();

  it('has at least 1,500 terms and every category is used', () => {
    expect(NEWS_TERMS.length).toBeGreaterThanOrEqual(1500);
    for (const category of nonEmpty(GLOSSARY_CATEGORIES)) {
      expect(NEWS_TERMS.some((t) => t.category === category)).toBe(true);
    }
    expect(NEWS_TERMS.every((t) => GLOSSARY_CATEGORIES.includes(t.category))).toBe(true);
  });

  it('finds every seed term in both scripts', () => {
    expect(SEED_SIMPLIFIED).toHaveLength(SEED_TRADITIONAL.length);
    nonEmpty(SEED_TRADITIONAL).forEach((traditional, i) => {
      const simplified = SEED_SIMPLIFIED[i]!;
      const fromTraditional = glossary.lookup(traditional)[0];
      const fromSimplified = glossary.lookup(simplified)[0];
      expect(fromTraditional?.traditional, traditional).toBe(traditional);
      expect(fromSimplified?.simplified, simplified).toBe(simplified);
      expect(fromTraditional).toBe(fromSimplified);
    });
  });

  it('passes every check build:data makes (CC-CEDICT readings, OpenCC forms, duplicates, related)', () => {
    const rows = glossaryFiles().flatMap((file) => {
      const parsed = parseGlossaryTsv(readFileSync(file, 'utf8'), basename(file));
      expect(parsed.problems).toEqual([]);
      return parsed.rows;
    });
    expect(rows.map((r) => r.term)).toEqual(NEWS_TERMS);
    expect(validateGlossary(rows, glossaryReferences())).toEqual([]);
  }, 30_000);
});
