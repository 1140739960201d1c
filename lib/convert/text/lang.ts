// Tiny, dependency-free helpers for code that must not pull in the OpenCC tables (content script).
import type { Target } from '../../types';

/** The `lang` tag a page converted to `to` should carry. */
export function langForTarget(to: Target): string {
  switch (to) {
    case 'cn':
      return 'zh-Hans';
    case 't':
      return 'zh-Hant';
    case 'tw':
    case 'twp':
      return 'zh-TW';
    case 'hk':
      return 'zh-HK';
  }
}
