// The hover settings, read once and followed while the page is open (changes in the options reach open
// tabs without a reload). Values are normalised here: storage holds whatever was written to it.
import {
  hoverDelay,
  hoverFontSize,
  hoverModifier,
  normalizeFontSize,
  readingStyle,
  toneColours,
  underlineGlossary,
} from '../settings';
import type { HoverSettings } from './state';

interface Item<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

/** Calls `apply` with each setting now and on each change; returns a function that stops following. */
export function followHoverSettings(apply: (patch: Partial<HoverSettings>) => void): () => void {
  const stops: (() => void)[] = [];
  const follow = <T>(item: Item<T>, patch: (value: T) => Partial<HoverSettings>): void => {
    void item.getValue().then(
      (v) => apply(patch(v)),
      () => undefined,
    );
    try {
      stops.push(item.watch((v) => apply(patch(v))));
    } catch {
      // storage unavailable (tests without a browser): defaults stay
    }
  };
  follow(hoverDelay, (v) => ({ delay: Math.max(0, Math.min(2000, Number(v) || 0)) }));
  follow(hoverModifier, (v) => ({ modifier: v === 'shift' || v === 'alt' ? v : 'none' }));
  follow(readingStyle, (v) => ({ reading: v === 'zhuyin' || v === 'both' ? v : 'pinyin' }));
  follow(toneColours, (v) => ({ colours: v === true }));
  follow(hoverFontSize, (v) => ({ fontSize: normalizeFontSize(v) }));
  follow(underlineGlossary, (v) => ({ underline: v === true }));
  return () => {
    for (const stop of stops.splice(0)) stop();
  };
}
