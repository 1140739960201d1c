// The immortal-autumn title figure of `npm run eval -- article`: our title against each page's <title> as
// served (index.tsv's `title` column, site suffix included, HTML entities as in the source).

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

// Separators of a served <title>: | _ · – — ｜ and "--" anywhere, "-" with a space or a non-ASCII letter
// beside it (not "COVID-19"); whitespace runs only split the segments the longest-segment rule weighs.
const STRONG_SEP = /\s*[|｜_·–—]\s*|\s*-{2,}\s*|\s+-\s*|\s*-\s+|(?<=\P{ASCII})-|-(?=\P{ASCII})/gu;
const WEAK_SEP = new RegExp(`${STRONG_SEP.source}|\\s+`, 'gu');
// An end segment of the <title> naming a site rather than a story (the measure's own list, kept apart
// from the detector's): "…_新浪网", "… - 维基百科，自由的百科全书", "明報 | …".
const SITE_NAME =
  /[网網]|新[闻聞]|[报報]|百科|博客|blog|社[区區]|[论論][坛壇]|[频頻]道|官方|[门門]户|\.com|\.cn|Archiver/iu;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  raquo: '»',
  laquo: '«',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  middot: '·',
  hellip: '…',
};
// index.tsv keeps the <title> as the HTML source spells it ("&gt;", "&ldquo;").
const decodeEntities = (s: string): string =>
  s.replace(/&(#[xX][\da-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) =>
    e.startsWith('#')
      ? String.fromCodePoint(/^#x/i.test(e) ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e.toLowerCase()] ?? m),
  );

/** The spans of `g` between the matches of `sep`. */
function segments(g: string, sep: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of g.matchAll(sep)) {
    if (m.index > from) out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (g.length > from) out.push([from, g.length]);
  return out;
}

/** First and last <title> segments that recur across different pages' titles: a site or channel. */
export function recurringTitleEnds(titles: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const t of new Set(titles.map((x) => squash(decodeEntities(x))))) {
    const parts = segments(t, STRONG_SEP).map(([s, e]) => t.slice(s, e));
    if (parts.length < 2) continue;
    for (const p of new Set([parts[0]!, parts.at(-1)!])) seen.set(p, (seen.get(p) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([p]) => p));
}

/** Ours against the <title> as served: non-empty, a part of it that starts and ends at separators, and
 *  covering its longest segment (split at separators and whitespace) once the site part is set aside:
 *  the last segment (else the first) when it recurs at the end of other pages' titles or names a site.
 *  A column name before the bar ("栏目| 长标题 站名-站名官方网站") or the site name alone is a miss. */
export function pageTitleMatches(gold: string, ours: string, siteEnds: ReadonlySet<string>): boolean | null {
  const g = squash(decodeEntities(gold));
  const o = squash(ours);
  if (!g) return null;
  if (!o) return false;
  if (o === g) return true;
  const at = g.indexOf(o);
  if (at < 0) return false;
  const end = at + o.length;
  const weak = segments(g, WEAK_SEP);
  const aligned = weak.some(([s]) => s === at) && weak.some(([, e]) => e === end);
  if (!aligned) return false;
  const strong = segments(g, STRONG_SEP);
  const isSite = ([s, e]: [number, number]): boolean =>
    siteEnds.has(g.slice(s, e)) || (e - s <= 24 && SITE_NAME.test(g.slice(s, e)));
  const site =
    strong.length < 2
      ? null
      : isSite(strong.at(-1)!)
        ? strong.at(-1)!
        : isSite(strong[0]!)
          ? strong[0]!
          : null;
  const story = weak.filter(([s, e]) => !site || e <= site[0] || s >= site[1]);
  const longest = story.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a), [0, 0] as [number, number]);
  return at <= longest[0] && end >= longest[1];
}

/** The count, the total and each miss (ours vs the <title>), for the lead to read. */
export function printPageTitles(
  pages: readonly { id: string; gold: string; ours: string; right: boolean | null }[],
): void {
  const judged = pages.filter((p) => p.right !== null);
  if (judged.length === 0) return;
  const right = judged.filter((p) => p.right).length;
  console.log(
    `     immortal-autumn titles vs served <title>: ${right}/${judged.length} (${pct(right / judged.length)}%)`,
  );
  for (const p of judged.filter((p) => !p.right))
    console.log(`     title ${p.id.slice(0, 8)}: ours ${p.ours} | <title> ${p.gold}`);
}
