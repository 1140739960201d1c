// What CEDICT says about one reading of a polyphonic character: a type shared by the compiler
// (compile.ts) and the learned polyphone model (polyphones.ts), kept apart so neither imports the other.

export interface ReadingStat {
  /** ln share among this character's readings in multi-character words (≤ 0, one decimal). */
  prior: number;
  /** Free (not bound-form) senses of the single-character entry with this reading. */
  free: number;
  /** The grammatical role CEDICT gives this reading of the character on its own: a sentence-final
   *  (modal, question) particle such as 呢 ne / 吗 ma, or an aspect particle such as 着 zhe. */
  role?: ParticleRole;
  /** Characters that, standing just before this character, make this its reading in CEDICT's words
   *  (weighted share ≥ NEIGHBOUR_SHARE) where it is not the stand-alone reading: 行|长 → zhǎng. Used for
   *  a character the segmentation left alone, whose neighbour forms a word with it all the same. */
  after?: string;
  /** The same for characters standing just after it (长|大 → zhǎng). */
  before?: string;
}

export type ParticleRole = 'final' | 'aspect';
