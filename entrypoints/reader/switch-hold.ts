// Switching readings paints the screen first: sections off screen keep the readings they showed for the
// frame after the click (a `held-*` class, style.css) and are let go in the frames after it
// (lib/reader/switch-hold.ts says why and in which order).
import { CHUNK_CLASS } from '../../lib/reader/chunks';
import type { RubyStyle } from '../../lib/reader/prefs';
import { distanceToScreen, offScreenByDistance, releaseCount } from '../../lib/reader/switch-hold';

const HELD_CLASSES = ['held-pinyin', 'held-zhuyin', 'held-none'];

/** `hold(root, shown, next)` before the article's class changes from `shown` to `next`. */
export function createSwitchHold(): (root: Element | null, shown: RubyStyle, next: RubyStyle) => void {
  const held = new Set<Element>();
  let looping = false;

  const letGo = (section: Element) => {
    section.classList.remove(...HELD_CLASSES);
    held.delete(section);
  };
  const step = () => {
    const height = window.innerHeight;
    for (const section of held) if (!section.isConnected) held.delete(section);
    const order = [...held]
      .map((section) => ({ section, distance: distanceToScreen(section.getBoundingClientRect(), height) }))
      .sort((a, b) => a.distance - b.distance);
    const count = releaseCount(
      order.map((o) => o.distance),
      height,
    );
    for (const { section } of order.slice(0, count)) letGo(section);
    if (held.size > 0) requestAnimationFrame(step);
    else looping = false;
  };

  return (root, shown, next) => {
    if (!root || shown === next) return;
    const sections = [...root.querySelectorAll(`.${CHUNK_CLASS}`)];
    const height = window.innerHeight;
    const off = new Set(
      offScreenByDistance(
        sections.map((s) => s.getBoundingClientRect()),
        height,
      ),
    );
    sections.forEach((section, i) => {
      // On screen: switched now. Off screen: keeps what it shows (an earlier hold stays as it is).
      if (!off.has(i)) letGo(section);
      else if (!held.has(section)) {
        section.classList.add(`held-${shown}`);
        held.add(section);
      }
    });
    if (held.size === 0 || looping) return;
    looping = true;
    // The first rAF runs before the switch's own frame is drawn; the second, before the next one.
    requestAnimationFrame(() => requestAnimationFrame(step));
  };
}
