// What "convert" means when the user does not pick a target (the Alt+Shift+C shortcut, the preset of a
// new per-site rule): their default script, or with 'auto' the other script of the page's.
import type { DefaultScript } from '../settings';
import type { ScriptTag, Target } from '../types';

export function defaultTargetFor(
  preference: DefaultScript,
  pageScript: ScriptTag,
  traditional: Target,
): Target {
  if (preference === 'hans') return 'cn';
  if (preference === 'hant') return traditional;
  return pageScript === 'zh-Hans' ? traditional : 'cn';
}
