// Body text of every Chinese news page in ../shared/corpus (all article sets, both scripts), through our
// article detector, for the glossary's candidate finder and eval. Cached in .tmp/ (keyed by file size and
// time) because reading ~300 pages into happy-dom takes a minute.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { detectArticle } from '../lib/article/detect';
import { decodeHtml } from '../lib/charset';
import { createDocumentCloser, parseDocument } from '../lib/node/dom';

// ../shared beside the checkout; a git worktree one level deeper finds it one level further up.
export const CORPUS =
  process.env.WENZHAI_CORPUS ??
  ['../../shared/corpus', '../../../shared/corpus']
    .map((p) => resolve(import.meta.dirname, p))
    .find((p) => existsSync(p)) ??
  resolve(import.meta.dirname, '../../shared/corpus');
const CACHE = resolve(import.meta.dirname, '../.tmp/glossary-corpus-text.json');
const SETS = ['articles-zh', 'articles-other'];
/** A page counts as Chinese news when its body has at least this many Han characters. */
const MIN_HAN = 200;

export interface NewsPage {
  /** Path under the corpus. */
  id: string;
  text: string;
}

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(path));
    else if (/\.html?(\.gz)?$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

/** The charset a set's metadata gives for a page whose own declaration is wrong: multi-source pages saved
 *  as UTF-8 may still say gb2312 (gold.json has the truth); the archive.org copy in trafilatura-cjk says
 *  utf-8 but is GB2312 (its PROVENANCE.txt). */
function charsetHint(file: string): string | undefined {
  if (file.includes('archive.org.he.')) return 'gb18030';
  const gold = join(dirname(file), 'gold.json');
  if (!existsSync(gold)) return undefined;
  const charset: unknown = (JSON.parse(readFileSync(gold, 'utf8')) as { charset?: unknown }).charset;
  return typeof charset === 'string' ? charset : undefined;
}

/** Pages from `roots` (default: the corpus's article sets); [] when the corpus is absent. */
export async function newsPages(
  roots = SETS.map((s) => join(CORPUS, s)),
  log = (s: string) => console.error(s),
): Promise<NewsPage[]> {
  const files = roots.filter(existsSync).flatMap(htmlFiles);
  if (files.length === 0) return [];
  const key = files.map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`).join('\n');
  if (existsSync(CACHE)) {
    const cached = JSON.parse(readFileSync(CACHE, 'utf8')) as { key: string; pages: NewsPage[] };
    if (cached.key === key) return cached.pages;
  }
  const { close, settle } = createDocumentCloser();
  const pages: NewsPage[] = [];
  for (const [i, file] of files.entries()) {
    if (i % 50 === 0) log(`reading pages ${i}/${files.length}…`);
    const raw = readFileSync(file);
    const bytes = new Uint8Array(file.endsWith('.gz') ? gunzipSync(raw) : raw);
    const hint = charsetHint(file);
    const id = relative(CORPUS, file);
    const doc = parseDocument(decodeHtml(bytes, hint).text, `https://corpus.example/${id}`);
    const text = detectArticle(doc, `https://corpus.example/${id}`).paragraphs.join('\n');
    close(doc);
    await settle();
    const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
    // Japanese pages have Han too; kana tells them apart.
    const kana = (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
    if (han >= MIN_HAN && kana < han / 20) pages.push({ id, text });
  }
  mkdirSync(resolve(CACHE, '..'), { recursive: true });
  writeFileSync(CACHE, JSON.stringify({ key, pages }));
  return pages;
}
