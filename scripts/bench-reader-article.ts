// The reader bench's article (bench-reader.ts, bench-reader-trace.ts): sentences of
// ../shared/corpus/pinyin/cpp when present, else the reader's fixture article repeated.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../tests/e2e/harness';

const SHARED = process.env.WENZHAI_SHARED ?? resolve(ROOT, '../shared');

export function sourceSentences(): { sentences: string[]; from: string } {
  const cpp = join(SHARED, 'corpus/pinyin/cpp/dev.sent');
  if (existsSync(cpp)) {
    const sentences = readFileSync(cpp, 'utf8')
      .replace(/\u2581/g, '')
      .split('\n')
      .filter(Boolean);
    return { sentences, from: 'CPP dev sentences (../shared)' };
  }
  const html = readFileSync(join(ROOT, 'tests/fixtures/reader/polyphones.html'), 'utf8');
  const sentences = [...html.matchAll(/<(?:p|li)>([^<]+)<\/(?:p|li)>/g)].map((m) => m[1] ?? '');
  return { sentences, from: 'fixture article repeated (no ../shared)' };
}

/** An article page of about `chars` characters, paragraphs of ~5 sentences. */
export function articlePage(sentences: readonly string[], chars: number, offset: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  let i = offset;
  while (size < chars) {
    const p: string[] = [];
    for (let k = 0; k < 5; k++) p.push(sentences[i++ % sentences.length] ?? '');
    const text = p.join('');
    size += text.length;
    paragraphs.push(`<p>${text.replace(/[<&]/g, '')}</p>`);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>长文测试 ${chars}</title></head>
<body><article><h1>长文测试：${chars} 字</h1>${paragraphs.join('\n')}</article></body></html>`;
}
