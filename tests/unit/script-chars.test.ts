// The committed detection lists (lib/convert/script-chars.ts) are what scripts/gen-script-chars.ts
// computes from the installed opencc-js and CC-CEDICT tables: a stale table fails here.
import { describe, expect, it } from 'vitest';
import { detectScript } from '../../lib/convert/script';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../../lib/convert/script-chars';
import { scriptChars } from '../../scripts/gen-script-chars';

describe('script-chars', () => {
  it('is fresh: the generator gives the committed lists', () => {
    const { hans, hant } = scriptChars();
    expect(SIMPLIFIED_ONLY).toBe(hans);
    expect(TRADITIONAL_ONLY).toBe(hant);
  });

  it('holds the common characters of each script', () => {
    for (const ch of '閱讀們這個說時會對過發') expect(TRADITIONAL_ONLY).toContain(ch);
    for (const ch of '阅读们这个说时会对过发') expect(SIMPLIFIED_ONLY).toContain(ch);
  });

  it('counts 閱讀 as Traditional', () => {
    expect(detectScript('閱讀').script).toBe('zh-Hant');
    expect(detectScript('阅读').script).toBe('zh-Hans');
  });
});
