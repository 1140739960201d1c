// WCAG 2.x contrast between two sRGB colours, for the tests that hold our themes to AA (4.5:1 for text).

/** '#rgb' or '#rrggbb' → [r, g, b] in 0..255; null for anything else. */
export function parseHex(colour: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio (1..21) of two colours given as hex strings or RGB triples. */
export function contrastRatio(
  a: string | readonly [number, number, number],
  b: string | readonly [number, number, number],
): number {
  const ra = typeof a === 'string' ? parseHex(a) : a;
  const rb = typeof b === 'string' ? parseHex(b) : b;
  if (!ra || !rb) throw new Error(`Not a colour: ${String(ra ? b : a)}`);
  const [hi, lo] = [relativeLuminance(ra), relativeLuminance(rb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
