import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../lib/cli';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'tests/fixtures/demo/news.html');

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdin: async () => stdin,
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('cli extract', () => {
  it('prints one JSON object for the demo article', async () => {
    const { code, out, err } = await run(['extract', DEMO]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual([
      'title',
      'byline',
      'published',
      'site',
      'lang',
      'paragraphs',
      'isArticle',
    ]);
    expect(json.title).toBe('市委常委會召開會議 研究部署推動高質量發展和一季度經濟工作');
    expect(json.lang).toBe('zh-Hant');
    expect(json.isArticle).toBe(true);
    expect(json.published).toMatch(/^2025-03-06/);
    expect(json.paragraphs.join('')).not.toMatch(/\((?:xué|lǐng|dǎo)\)/);
  });

  it('reads a GBK page by its meta charset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wz-cli-'));
    const file = join(dir, 'gbk.html');
    const head = Buffer.from('<html><head><meta charset="gbk"><title>', 'latin1');
    const title = Buffer.from([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GBK
    writeFileSync(
      file,
      Buffer.concat([head, title, Buffer.from('</title></head><body><p>x</p></body></html>', 'latin1')]),
    );
    const { code, out } = await run(['extract', file]);
    expect(code).toBe(0);
    expect(JSON.parse(out).title).toBe('中文');
  });

  it('reads valid UTF-8 under a stale gb2312 meta as UTF-8; --charset wins over both', async () => {
    const file = join(ROOT, 'tests/fixtures/charset/stale-meta-utf8/source.html');
    const expected = JSON.parse(
      readFileSync(join(ROOT, 'tests/fixtures/charset/stale-meta-utf8/expected.json'), 'utf8'),
    ) as { title: string; firstParagraph: string };
    const { code, out } = await run(['extract', file]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.title).toBe(expected.title);
    expect(json.paragraphs[0]).toBe(expected.firstParagraph);
    const forced = JSON.parse((await run(['extract', file, '--charset', 'gbk'])).out);
    expect(forced.title).not.toBe(expected.title);
    expect((await run(['extract', file, '--charset', 'nope'])).err).toMatch(/unknown charset: nope/);
  });

  it('fails with one line and exit code 2 on a missing file', async () => {
    const { code, out, err } = await run(['extract', join(ROOT, 'no-such-file.html')]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^wenzhai: no such file: .*no-such-file\.html\n$/);
  });
});

describe('cli convert', () => {
  it('converts text to each target', async () => {
    expect((await run(['convert', '--to', 'tw'], '头发和软件')).out).toBe('頭髮和軟件');
    expect((await run(['convert', '--to', 'twp'], '软件')).out).toBe('軟體');
    expect((await run(['convert', '--to', 'cn', '--from', 'tw'], '頭髮')).out).toBe('头发');
  });

  it('converts every character of the other script in mixed text', async () => {
    expect((await run(['convert', '--to', 'cn'], '他穿著大衣閱讀著作。')).out).toBe('他穿着大衣阅读著作。');
    expect((await run(['convert', '--to', 'cn'], '乾隆年间，天气乾燥，他很能幹。')).out).toBe(
      '乾隆年间，天气干燥，他很能干。',
    );
  });

  it('cleans flattened pinyin by default, keeps it with --keep-pinyin', async () => {
    expect((await run(['convert', '--to', 'cn'], '領(lǐng)導(dǎo)幹(gàn)部')).out).toBe('领导干部');
    expect((await run(['convert', '--to', 'cn', '--keep-pinyin'], '領(lǐng)導(dǎo)')).out).toBe(
      '领(lǐng)导(dǎo)',
    );
    expect((await run(['convert', '--to', 'cn', '--html'], '<p>領(lǐng)導(dǎo)</p>')).out).toBe(
      '<p>领导</p>',
    );
  });

  it('converts an HTML fragment keeping its markup', async () => {
    const { code, out } = await run(
      ['convert', '--to', 'tw', '--html'],
      '<p><b>头</b>发 <a href="/x">链接</a></p>',
    );
    expect(code).toBe(0);
    expect(out).toBe('<p><b>頭</b>髮 <a href="/x">鏈接</a></p>');
  });

  it.each([
    [['convert'], /needs --to/],
    [['convert', '--to', 'xx'], /unknown target: xx/],
    [['convert', '--to', 'tw', '--bogus'], /unknown option: --bogus/],
    [['convert', '--to', 'tw'], /standard input is empty/],
    [['frobnicate'], /unknown command/],
  ])('rejects %j with exit code 2', async (argv, message) => {
    const { code, err } = await run(argv, '');
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

describe.runIf(existsSync(join(ROOT, 'public/dict/words.bin')))('cli lookup', () => {
  it('returns the longest match first with tone-marked pinyin', async () => {
    const { code, out } = await run(['lookup', '领导人讲话']);
    expect(code).toBe(0);
    const entries = JSON.parse(out);
    expect(entries[0]).toMatchObject({
      simplified: '领导人',
      traditional: '領導人',
      pinyin: 'lǐng dǎo rén',
      source: 'cedict',
    });
    expect(entries.map((e: { simplified: string }) => e.simplified)).toContain('领导');
  });

  it('looks up at a character index and finds glossary terms', async () => {
    const entries = JSON.parse((await run(['lookup', '堅持復工復產', '--at', '2'])).out);
    expect(entries[0]).toMatchObject({ traditional: '復工復產', source: 'glossary' });
  });

  it('rejects an index past the end', async () => {
    const { code, err } = await run(['lookup', '领导', '--at', '5']);
    expect(code).toBe(2);
    expect(err).toMatch(/--at must be/);
  });
});

describe('cli as a process', () => {
  it('exits 2 with one line on stderr for bad input', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'lib/cli.ts'), 'convert', '--to', 'tw'],
      {
        input: '',
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('wenzhai: nothing to convert: standard input is empty\n');
  });
});
