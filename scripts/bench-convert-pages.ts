// The convert bench's pages: news sentences (tests/fixtures/convert) and OpenCC's golden document
// repeated to size, or real news markup from ../shared/corpus when present.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../lib/charset';
import { parseDocument } from '../lib/node/dom';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceParagraphs(): string[] {
  const paras = readFileSync(resolve(root, 'tests/fixtures/convert/one-to-many.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('id\t'))
    .map((l) => l.split('\t')[1] ?? '');
  const golden = resolve(root, '../shared/corpus/conversion/golden/input/us_constitution_zhs.txt');
  if (existsSync(golden))
    paras.push(
      ...readFileSync(golden, 'utf8')
        .split(/\n+/)
        .filter((p) => p.trim()),
    );
  return paras;
}

/** Real news pages' markup (../shared/corpus, read at run time: the immortal-autumn Chinese pages,
 *  menus, sidebars and comments included), bodies one after another until the text reaches `chars`;
 *  scripts, styles and embeds removed (there is nothing to load them from). Null without the corpus. */
export function realPagesHtml(chars: number): string | null {
  const dir = resolve(root, '../shared/corpus/articles-zh/immortal-autumn');
  if (!existsSync(resolve(dir, 'index.tsv'))) return null;
  const [head, ...rows] = readFileSync(resolve(dir, 'index.tsv'), 'utf8').trimEnd().split('\n');
  const cols = head!.split('\t');
  const bodies: string[] = [];
  let total = 0;
  for (let i = 0; total < chars && rows.length; i++) {
    const f = rows[i % rows.length]!.split('\t');
    const at = (name: string): string => f[cols.indexOf(name)] ?? '';
    const bytes = new Uint8Array(readFileSync(resolve(dir, 'original', at('file'))));
    const doc = parseDocument(decodeHtml(bytes, at('decodes_as').replace('(lossy)', '')).text);
    for (const el of Array.from(
      doc.querySelectorAll('script, style, link, iframe, img, object, embed, video'),
    ))
      el.remove();
    const body = doc.body;
    if (!body) continue;
    total += (body.textContent ?? '').length;
    bodies.push(`<div class="page">${body.innerHTML}</div>`);
  }
  return bodies.join('\n');
}

/** Paragraphs totalling at least `chars` characters; each gets some inline markup. */
export function pageOf(chars: number): { html: string; text: string } {
  const src = sourceParagraphs();
  const out: string[] = [];
  const texts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = src[i % src.length]!;
    const cut = Math.floor(p.length / 3);
    out.push(`<p>${p.slice(0, cut)}<b>${p.slice(cut, cut * 2)}</b>${p.slice(cut * 2)}</p>`);
    texts.push(p);
    n += p.length;
  }
  return {
    html: `<!doctype html><html lang="zh-CN"><body>${out.join('\n')}</body></html>`,
    text: texts.join('\n'),
  };
}

/** Records the gaps between back-to-back 0 ms timers while `work` runs: the longest task. */
