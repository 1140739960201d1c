// The shipped news glossary: every topic file, in category order.

import type { GlossaryTerm } from './term';
import { DIPLOMACY_SECURITY_1 } from './terms-diplomacy-security-1';
import { DIPLOMACY_SECURITY_2 } from './terms-diplomacy-security-2';
import { ECOLOGY_ENERGY } from './terms-ecology-energy';
import { ECONOMY_POLICY_1 } from './terms-economy-policy-1';
import { ECONOMY_POLICY_2 } from './terms-economy-policy-2';
import { GOVERNANCE } from './terms-governance';
import { HK_TAIWAN_CROSS_STRAIT_1 } from './terms-hk-taiwan-cross-strait-1';
import { HK_TAIWAN_CROSS_STRAIT_2 } from './terms-hk-taiwan-cross-strait-2';
import { INSTITUTIONS_1 } from './terms-institutions-1';
import { INSTITUTIONS_2 } from './terms-institutions-2';
import { PANDEMIC_1 } from './terms-pandemic-1';
import { PANDEMIC_2 } from './terms-pandemic-2';
import { PARTY_STATE_1 } from './terms-party-state-1';
import { PARTY_STATE_2 } from './terms-party-state-2';
import { SOCIETY_TECH } from './terms-society-tech';

export const NEWS_TERMS: readonly GlossaryTerm[] = [
  ...PARTY_STATE_1,
  ...PARTY_STATE_2,
  ...ECONOMY_POLICY_1,
  ...ECONOMY_POLICY_2,
  ...GOVERNANCE,
  ...PANDEMIC_1,
  ...PANDEMIC_2,
  ...HK_TAIWAN_CROSS_STRAIT_1,
  ...HK_TAIWAN_CROSS_STRAIT_2,
  ...INSTITUTIONS_1,
  ...INSTITUTIONS_2,
  ...DIPLOMACY_SECURITY_1,
  ...DIPLOMACY_SECURITY_2,
  ...SOCIETY_TECH,
  ...ECOLOGY_ENERGY,
];
