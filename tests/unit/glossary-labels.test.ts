// The news glossary's topic line is data until the card shows it, then worded in the UI language.
import { afterEach, describe, expect, it } from 'vitest';
import { newsGlossary } from '../../lib/glossary/glossary';
import { GLOSSARY_CATEGORIES } from '../../lib/glossary/term';
import { catalogOf, LOCALES, setLocale } from '../../lib/i18n';
import { glossaryTopic, withTopicLine, withTopicLines } from '../../lib/i18n/glossary-labels';
import type { DictEntry } from '../../lib/types';
import { nonEmpty } from './non-empty';

const entry = (extra: Partial<DictEntry>): DictEntry => ({
  simplified: '六稳',
  traditional: '六穩',
  pinyin: 'liù wěn',
  definitions: ['Six stabilities.'],
  source: 'glossary',
  ...extra,
});

afterEach(() => setLocale('en'));

describe('glossary topic line', () => {
  it('words the topic and year in the UI language', () => {
    const six = entry({ category: 'economy-policy', year: 2018 });
    expect(withTopicLine(six).definitions).toEqual(['Six stabilities.', '(Economic policy, 2018)']);
    setLocale('zh-Hans');
    expect(withTopicLine(six).definitions).toEqual(['Six stabilities.', '（经济政策，2018）']);
    setLocale('zh-Hant');
    expect(withTopicLine(entry({ category: 'hk-taiwan-cross-strait' })).definitions.at(-1)).toBe(
      '（港澳臺與兩岸）',
    );
  });

  it('leaves entries without a known topic alone, and does not change the entry it was given', () => {
    const plain = entry({ source: 'cedict' });
    expect(withTopicLine(plain)).toBe(plain);
    expect(withTopicLine(entry({ category: 'unknown-topic' })).definitions).toEqual(['Six stabilities.']);
    const frozen = Object.freeze(entry({ category: 'pandemic' }));
    expect(withTopicLines({ matchLength: 2, entries: [frozen] }).entries[0]?.definitions).toHaveLength(2);
    expect(frozen.definitions).toHaveLength(1);
  });

  it('has a name for every topic in every catalog, and every glossary term has a topic', () => {
    for (const locale of nonEmpty(LOCALES)) {
      setLocale(locale);
      for (const category of nonEmpty(GLOSSARY_CATEGORIES))
        expect(glossaryTopic(category), `${locale} ${category}`).toBeTruthy();
    }
    const hans = catalogOf('zh-Hans');
    expect(Object.keys(hans).filter((k) => k.startsWith('glossaryTopic'))).toHaveLength(
      GLOSSARY_CATEGORIES.length,
    );
    const found = newsGlossary().lookup('复工复产');
    expect(found.length).toBeGreaterThan(0);
    for (const e of nonEmpty(found)) expect(GLOSSARY_CATEGORIES).toContain(e.category);
  });
});
