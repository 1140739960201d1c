// The in-page UI (hover card, toast) lives in closed shadow roots that axe cannot enter, so its colours
// are checked here: every rule's text colour against the background it is painted on, in the light
// theme and in the dark one (where a colour not overridden is inherited from the light rules).
import { describe, expect, it } from 'vitest';
import { clippingToastStyles } from '../../components/ClippingToast';
import { hoverCardStyles } from '../../components/HoverCard';
import { contrastRatio, parseHex } from '../../lib/contrast';

interface Rule {
  selectors: string[];
  color?: string;
  background?: string;
}

const HEX = /#[0-9a-f]{3,6}\b/i;

function rules(css: string): Rule[] {
  const out: Rule[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const body = m[2]!;
    const color = /(?:^|[;\s])color:\s*([^;]+)/.exec(body)?.[1];
    const background = /background(?:-color)?:\s*([^;]+)/.exec(body)?.[1];
    out.push({
      selectors: m[1]!.split(',').map((s) => s.trim()),
      color: color && HEX.exec(color)?.[0],
      background: background && HEX.exec(background)?.[0],
    });
  }
  return out;
}

/** The light rules and the dark overrides of a stylesheet with one prefers-color-scheme: dark block. */
function themes(css: string): { light: Rule[]; dark: Rule[] } {
  const at = css.indexOf('@media (prefers-color-scheme: dark)');
  expect(at).toBeGreaterThan(0);
  const inner = css.slice(css.indexOf('{', at) + 1, css.lastIndexOf('}'));
  return { light: rules(css.slice(0, at)), dark: rules(inner) };
}

type Pair = { selector: string; fg: string; bg: string; ratio: number };

/** Every selector's effective text colour on its effective background, per theme. */
function pairs(css: string, surface: string): { light: Pair[]; dark: Pair[] } {
  const { light, dark } = themes(css);
  const look = (list: Rule[]) => {
    const map = new Map<string, { color?: string; background?: string }>();
    for (const r of list)
      for (const s of r.selectors) {
        const prev = map.get(s) ?? {};
        map.set(s, { color: r.color ?? prev.color, background: r.background ?? prev.background });
      }
    return map;
  };
  const lightLook = look(light);
  const darkLook = look(dark);
  const result = (scheme: 'light' | 'dark'): Pair[] => {
    const own = scheme === 'light' ? lightLook : darkLook;
    const base = own.get(surface) ?? lightLook.get(surface)!;
    const out: Pair[] = [];
    for (const selector of new Set([...lightLook.keys(), ...darkLook.keys()])) {
      const l = lightLook.get(selector) ?? {};
      const d = scheme === 'dark' ? (darkLook.get(selector) ?? {}) : {};
      const fg = d.color ?? l.color;
      if (!fg) continue;
      const bg = d.background ?? l.background ?? base.background!;
      out.push({ selector, fg, bg, ratio: contrastRatio(fg, bg) });
    }
    return out;
  };
  return { light: result('light'), dark: result('dark') };
}

describe('contrastRatio', () => {
  it('follows WCAG: black on white is 21, a colour on itself is 1, #777 on white just fails AA', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#7a1f1f', '#7a1f1f')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(parseHex('red')).toBeNull();
  });
});

describe.each([
  ['hover card', hoverCardStyles, '.frame', 15],
  ['toast', clippingToastStyles, '.toast', 2],
])('%s colours pass WCAG AA in both themes', (_name, css, surface, atLeast) => {
  const found = pairs(css, surface);
  it.each(['light', 'dark'] as const)('%s', (scheme) => {
    const list = found[scheme];
    expect(list.length).toBeGreaterThanOrEqual(atLeast);
    const failing = list
      .filter((p) => p.ratio < 4.5)
      .map((p) => `${p.selector}: ${p.fg} on ${p.bg} = ${p.ratio.toFixed(2)}`);
    expect(failing).toEqual([]);
  });
  it('the dark theme really changes the surface', () => {
    const { light, dark } = themes(css);
    const bg = (list: Rule[]) => list.find((r) => r.selectors.includes(surface) && r.background)?.background;
    expect(bg(dark)).toBeDefined();
    expect(bg(dark)).not.toBe(bg(light));
  });
});
