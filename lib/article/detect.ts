// Article detection, thin version: Mozilla Readability on a clone picks the body; our own code reads
// paragraphs (ruby and pinyin artifacts removed) and metadata. Runs unchanged in a content script and in
// happy-dom (Node): DOM APIs only, and the live document is never modified.
import { Readability } from '@mozilla/readability';
import { detectScript } from '../convert/script';
import type { Article, ScriptTag } from '../types';
import { cleanPinyinArtifacts } from './clean';
import { parseDate } from './dates';
import { extractMetadata } from './metadata';

// Elements that start a new line of text. Everything else is inline and joins the current paragraph.
// biome-ignore format: a word list reads better packed
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
// Never text: ruby annotations (pinyin over the characters), scripts, styles.
const SKIP_TAGS = new Set(['RT', 'RP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT']);

const HAN_OR_CJK_PUNCT = String.raw`[\p{Script=Han}，。、；：！？「」『』（）《》“”]`;
// A line break in the HTML source between two Chinese characters is not a space in the text.
const SOURCE_BREAK = new RegExp(`(?<=${HAN_OR_CJK_PUNCT})\\s*\\n\\s*(?=${HAN_OR_CJK_PUNCT})`, 'gu');

function normaliseLine(raw: string): string {
  return cleanPinyinArtifacts(raw.replace(/[\s\u00a0]+/g, ' ').trim()).trim();
}

/** Text of `root` split at block elements and <br>, with <rt>/<rp> skipped. */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const line = normaliseLine(buf);
    if (line) out.push(line);
    buf = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Only inside one text node: whitespace between two elements (<span>a</span>\n<span>b</span>)
        // does render as a space.
        buf += (child as Text).data.replace(SOURCE_BREAK, '');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') flush();
        else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

// Editorial lines that are not the story: original title, editors, proofreaders, source, sharing.
const METADATA_LINE =
  /^[【[(（]?\s*(原标题|原標題|责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|监制|監製|值班编辑|本文来源|来源|來源|返回搜狐|分享到|轉載|转载)\s*[:：|｜丨/／]/u;
const PAGINATION_LINE = /^(?:上一[页頁]|下一[页頁]|首[页頁]|尾[页頁]|末[页頁]|[\d\s[\]<>«»‹›…])+$/u;

// The dateline under a headline: "2025年3月6日 09:30 來源：某報 閱讀量：123".
const INFO_WORDS =
  /来源|來源|作者|编辑|編輯|发布|發布|时间|時間|阅读|閱讀|点击|點擊|浏览|瀏覽|字号|字號|评论|評論/u;

function isMetadataLine(line: string, title: string): boolean {
  if (line === title) return true;
  if (line.length > 80) return false;
  if (METADATA_LINE.test(line) || PAGINATION_LINE.test(line)) return true;
  return (
    parseDate(line) !== null &&
    (INFO_WORDS.test(line) || line.replace(/[\d\s:：年月日/.-]|民國|民国|[上下]午|星期./gu, '').length < 4)
  );
}

const ORIGINAL_TITLE = /^[【[(（]?\s*(原标题|原標題)/u;

/** Body lines without editorial lines. A 原標題 split over two lines (main title, then subtitle) loses both. */
function dropMetadataLines(lines: readonly string[], title: string): string[] {
  const out: string[] = [];
  let afterOriginalTitle = false;
  for (const line of lines) {
    const subtitle = afterOriginalTitle && line.length <= 60 && !/[。！？!?]$/u.test(line);
    afterOriginalTitle = ORIGINAL_TITLE.test(line);
    if (!subtitle && !isMetadataLine(line, title)) out.push(line);
  }
  return out;
}

/** Removes pinyin artifacts from the text nodes of the (cloned) content, so `html` reads clean too. */
function cleanTextNodes(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const cleaned = cleanPinyinArtifacts(text.data);
    if (cleaned !== text.data) text.data = cleaned;
  }
}

const TRAILING_EDITOR = /[（(](?:责任编辑|責任編輯|编辑|編輯|责编|責編)[:：][^）)]{1,30}[）)]\s*\d{0,8}$/u;

const NEXT_PAGE = /^(下一[页頁]|下[页頁])$/u;

/** A link whose text is 下一页/下一頁 (arrows and brackets ignored), resolved against `url`. */
export function findNextPageUrl(document: Document, url: string): string | null {
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const text = (a.textContent ?? '').replace(/[\s>»›→<«‹[\]【】]/g, '');
    if (!NEXT_PAGE.test(text)) continue;
    const href = a.getAttribute('href') ?? '';
    if (href === '' || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    try {
      return new URL(href, url).href;
    } catch {}
  }
  return null;
}

function linkDensity(root: Element): number {
  const total = (root.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 1;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll('a')))
    linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

/** Below this many characters of body text a page is not an article (a Chinese brief is ~150). */
export const MIN_ARTICLE_CHARS = 140;

function looksLikeArticle(content: Element, paragraphs: readonly string[]): boolean {
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_ARTICLE_CHARS) return false;
  if (linkDensity(content) > 0.4) return false;
  // A headline list: many short lines and none that reads like a paragraph.
  const longest = paragraphs.reduce((n, p) => Math.max(n, p.length), 0);
  return longest >= 60 || paragraphs.length <= 5;
}

function pickLang(paragraphs: readonly string[], document: Document): ScriptTag {
  const { script } = detectScript(paragraphs.join(''));
  if (script === 'zh-Hans' || script === 'zh-Hant') return script;
  return document.documentElement?.getAttribute('lang')?.trim() || 'und';
}

/** Detects the article of `document` (left untouched) at `url`. */
export function detectArticle(document: Document, url: string): Article {
  const clone = document.cloneNode(true) as Document;
  // Readability hands back the content element itself; we serialise it for `html` (ruby kept).
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  const content = parsed?.content ?? null;
  if (content) cleanTextNodes(content);
  const raw = content ? blockTexts(content) : [];
  const meta = extractMetadata(document, url, raw.slice(0, 3));
  const title = meta.title || (parsed?.title ?? '').trim();
  const paragraphs = dropMetadataLines(raw, title);
  const last = paragraphs.length - 1;
  if (last >= 0) {
    // Agency style "…時間。（編輯：陳怡君）1140306": the editor note and file number close the last line.
    const trimmed = paragraphs[last]!.replace(TRAILING_EDITOR, '').trim();
    if (trimmed) paragraphs[last] = trimmed;
    else paragraphs.pop();
  }
  const readabilityByline = parsed?.byline?.trim();
  return {
    isArticle: content !== null && looksLikeArticle(content, paragraphs),
    title,
    byline: meta.byline ?? (readabilityByline && readabilityByline.length < 100 ? readabilityByline : null),
    published: meta.published,
    site: meta.site,
    lang: pickLang(paragraphs, document),
    paragraphs,
    html: content?.innerHTML ?? '',
    nextPageUrl: findNextPageUrl(document, url),
  };
}
