// The news glossary's topic line ("(Institutions, 2000)"), worded in the UI language where the card is
// shown. Entries carry the topic and year as data (DictEntry.category/year) from the dictionary's
// holder, which does not know the reader's language.
import type { GlossaryCategory } from '../glossary/term';
import type { DictEntry, LookupResult } from '../types';
import type { MessageKey } from './en';
import { t } from './index';

const TOPIC_KEYS: Readonly<Record<GlossaryCategory, MessageKey>> = {
  'party-state': 'glossaryTopicPartyState',
  'economy-policy': 'glossaryTopicEconomyPolicy',
  governance: 'glossaryTopicGovernance',
  pandemic: 'glossaryTopicPandemic',
  'hk-taiwan-cross-strait': 'glossaryTopicHkTaiwanCrossStrait',
  institutions: 'glossaryTopicInstitutions',
  'diplomacy-security': 'glossaryTopicDiplomacySecurity',
  'society-tech': 'glossaryTopicSocietyTech',
  'ecology-energy': 'glossaryTopicEcologyEnergy',
  finance: 'glossaryTopicFinance',
  'industry-tech': 'glossaryTopicIndustryTech',
  rural: 'glossaryTopicRural',
  'social-policy': 'glossaryTopicSocialPolicy',
};

/** The topic's name in the UI language, or null for a category this build does not know. */
export function glossaryTopic(category: string): string | null {
  return Object.hasOwn(TOPIC_KEYS, category) ? t(TOPIC_KEYS[category as GlossaryCategory]) : null;
}

/** The entry with its topic line appended, in the UI language (entries without a topic unchanged). */
export function withTopicLine(entry: DictEntry): DictEntry {
  const topic = entry.category === undefined ? null : glossaryTopic(entry.category);
  if (topic === null) return entry;
  const line =
    entry.year === undefined
      ? t('glossaryNote', { category: topic })
      : t('glossaryNoteYear', { category: topic, year: entry.year });
  return { ...entry, definitions: [...entry.definitions, line] };
}

/** A lookup's entries, each news-glossary entry with its topic line in the UI language. */
export function withTopicLines(result: LookupResult): LookupResult {
  return { ...result, entries: result.entries.map(withTopicLine) };
}
