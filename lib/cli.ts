// The command-line face of the same lib/ code the extension runs: extract, convert, lookup.
// `npm run -s cli -- <command>`. Errors: one line on stderr, exit code 2.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanPinyinArtifacts } from './article/clean';
import { detectArticle } from './article/detect';
import { decodeHtml, normaliseCharset } from './charset';
import { convertHtmlFragment } from './convert/page/html';
import { withArtifactCleaning } from './convert/text/clean-wrap';
import { createTextConverter } from './convert/text/text';
import { loadDictionaryFromDisk } from './dictionary/node';
import { newsGlossary } from './glossary/glossary';
import { userTermsFromFile } from './glossary/user-io';
import { createUserIndex, type UserIndex } from './glossary/user-term';
import { provideAllCatalogs } from './i18n/all-catalogs';
import { withTopicLines } from './i18n/glossary-labels';
import { createLookupEngine } from './lookup/lookup-engine';
import { parseDocument } from './node/dom';
import { loadReadingModelFromDisk } from './reader/node';
import { pinyinLine, type ReadingStyle } from './reader/readings';
import { SOURCES, type Source, TARGETS, type Target } from './types';

export interface CliIo {
  stdin: () => Promise<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

const USAGE = `usage: wenzhai <command>
  extract FILE [--url URL] [--charset NAME]
                                  detect the article in an HTML file; prints one JSON object
                                  (NAME overrides the page's own charset; a BOM still wins)
  convert --to cn|tw|twp|hk|t [--from auto|cn|tw|hk|t] [--html] [--keep-pinyin]
                                  convert standard input to standard output; pinyin flattened into
                                  the text (領(lǐng)導(dǎo)) is removed first unless --keep-pinyin
  lookup TEXT [--at N] [--user FILE]
                                  dictionary entries for the word at character N (default 0); FILE:
                                  your glossary exported as .csv/.tsv/.json (else the user source is empty)
  pinyin [--numbers|--marks|--zhuyin]
                                  readings of standard input, line by line: one token per character
                                  (its reading in its word; a non-Han character as itself)`;

/** Splits `args` into positionals and `--name value` / `--flag` options, rejecting unknown ones. */
function parseArgs(args: string[], valued: string[], flags: string[]) {
  const options = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.includes(name)) options.set(name, 'true');
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options.set(name, value);
    } else throw new UsageError(`unknown option: ${arg}`);
  }
  return { options, positionals };
}

async function extract(args: string[], io: CliIo): Promise<void> {
  const { options, positionals } = parseArgs(args, ['url', 'charset'], []);
  const [file, extra] = positionals;
  const charset = options.get('charset');
  if (charset !== undefined && normaliseCharset(charset) === null)
    throw new UsageError(`unknown charset: ${charset}`);
  if (!file || extra) throw new UsageError('extract takes exactly one FILE');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${code ?? error}`,
    );
  }
  const { text } = decodeHtml(bytes, charset);
  const url = options.get('url') ?? pathToFileURL(resolve(file)).href;
  const article = detectArticle(parseDocument(text, url), url);
  const { title, byline, published, site, lang, paragraphs, isArticle } = article;
  io.stdout(`${JSON.stringify({ title, byline, published, site, lang, paragraphs, isArticle })}\n`);
}

async function convert(args: string[], io: CliIo): Promise<void> {
  const { options, positionals } = parseArgs(args, ['to', 'from'], ['html', 'keep-pinyin']);
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const to = options.get('to');
  const from = options.get('from') ?? 'auto';
  if (!to) throw new UsageError('convert needs --to cn|tw|twp|hk|t');
  if (!(TARGETS as string[]).includes(to))
    throw new UsageError(`unknown target: ${to} (use cn, tw, twp, hk or t)`);
  if (!(SOURCES as string[]).includes(from))
    throw new UsageError(`unknown source: ${from} (use auto, cn, tw, hk or t)`);
  const input = await io.stdin();
  if (input.length === 0) throw new UsageError('nothing to convert: standard input is empty');
  const opts = { from: from as Source, to: to as Target };
  // Like the extension: flattened pinyin goes before converting, unless the user keeps it.
  const clean = options.has('keep-pinyin') ? (text: string) => text : cleanPinyinArtifacts;
  io.stdout(
    options.has('html')
      ? await convertHtmlFragment(input, { ...opts, clean })
      : withArtifactCleaning(createTextConverter(opts.from, opts.to), clean)(input),
  );
}

async function lookup(args: string[], io: CliIo): Promise<void> {
  const { options, positionals } = parseArgs(args, ['at', 'user'], []);
  const [text, extra] = positionals;
  if (!text || extra) throw new UsageError('lookup takes exactly one TEXT');
  const userFile = options.get('user');
  let user: UserIndex | null = null;
  try {
    if (userFile) user = createUserIndex(userTermsFromFile(readFileSync(userFile, 'utf8'), userFile));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const atRaw = options.get('at') ?? '0';
  const at = Number(atRaw);
  const chars = Array.from(text);
  if (!/^\d+$/.test(atRaw) || at >= chars.length) {
    throw new UsageError(`--at must be a character index from 0 to ${chars.length - 1}`);
  }
  // The extension's engine and sources: user terms, news glossary, CC-CEDICT, segmentation hint.
  const engine = createLookupEngine({
    dictionary: loadDictionaryFromDisk(),
    glossary: newsGlossary(),
    user: () => user,
  });
  const result = engine.lookup(chars.slice(at).join(''), chars.slice(0, at).join('').slice(-16));
  // The documented shape: the topic as a worded line (English here), not as data fields.
  const entries = withTopicLines(result).entries.map(({ category: _topic, year: _year, ...entry }) => entry);
  io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
}

async function pinyin(args: string[], io: CliIo): Promise<void> {
  const { options, positionals } = parseArgs(args, [], ['numbers', 'marks', 'zhuyin']);
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  if (options.size > 1) throw new UsageError('choose one of --numbers, --marks, --zhuyin');
  const style: ReadingStyle = options.has('marks') ? 'marks' : options.has('zhuyin') ? 'zhuyin' : 'numbers';
  const input = await io.stdin();
  if (input.length === 0) throw new UsageError('nothing to read: standard input is empty');
  const model = loadReadingModelFromDisk();
  const lines = input.replace(/\r?\n$/, '').split(/\r?\n/);
  io.stdout(`${lines.map((line) => pinyinLine(line, model, style)).join('\n')}\n`);
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<void>> = {
  extract,
  convert,
  lookup,
  pinyin,
};

/** Runs one command; resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  provideAllCatalogs(); // topic lines are worded through t(); the CLI ships every language
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === 'help') {
    (command ? io.stdout : io.stderr)(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  try {
    if (!run) throw new UsageError(`unknown command: ${command} (use extract, convert, lookup or pinyin)`);
    await run(rest, io);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`wenzhai: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const io: CliIo = {
    stdin: readStdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
