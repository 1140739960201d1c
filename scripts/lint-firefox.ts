// `npm run lint:firefox`: builds the Firefox package and runs addons-linter on it (what `web-ext lint`
// and addons.mozilla.org run on an upload). Errors fail; warnings and notices are printed.
//   --no-build       lint the existing build (npm test has just built it)
//   <dir or .zip>    lint that instead of <out>/firefox-mv2 (e.g. the zip from `npm run zip`)
// The output folder follows WENZHAI_OUT like the build does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

interface LinterMessage {
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
  column?: number;
}
interface LinterResult {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}
// addons-linter ships CommonJS without types; this is the part of its API we use.
interface Linter {
  createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): {
    run(): Promise<LinterResult>;
  };
}

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, process.env.WENZHAI_OUT ?? '.output');
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const explicit = args.find((a) => !a.startsWith('--'));

function run(command: string, commandArgs: string[]): void {
  const done = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (done.status !== 0) {
    console.error(`lint:firefox: ${command} ${commandArgs.join(' ')} failed`);
    process.exit(done.status ?? 1);
  }
}

const started = performance.now();
let target = explicit ? resolve(explicit) : join(OUT, 'firefox-mv2');
if (!explicit && !skipBuild) {
  // The data files take ~40 s to check; build them only where they are missing (a fresh clone).
  if (
    !existsSync(join(ROOT, 'public/dict/words.bin')) ||
    !existsSync(join(ROOT, 'public/convert/lexicon.bin'))
  )
    run('npm', ['run', '-s', 'build:data']);
  run(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox']);
}
if (!existsSync(target)) {
  console.error(`lint:firefox: nothing to lint at ${target} (build first: npm run build:firefox)`);
  process.exit(2);
}
target = resolve(target);
const built = performance.now();

const addonsLinter = createRequire(import.meta.url)('addons-linter') as Linter;
const linter = addonsLinter.createInstance({
  config: {
    _: [target],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: false,
    selfHosted: false,
  },
  runAsBinary: false,
});
const result = await linter.run();

const where = (m: LinterMessage): string =>
  m.file ? `${m.file}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}` : '';
for (const [kind, list] of [
  ['error', result.errors],
  ['warning', result.warnings],
  ['notice', result.notices],
] as const) {
  for (const m of list) console.log(`${kind.padEnd(7)} ${m.code}  ${where(m)}  ${m.message}`);
}
const seconds = (ms: number) => (ms / 1000).toFixed(1);
console.log(
  `addons-linter on ${target.replace(`${ROOT}/`, '')}: ${result.summary.errors} errors, ` +
    `${result.summary.warnings} warnings, ${result.summary.notices} notices ` +
    `(build ${seconds(built - started)} s, lint ${seconds(performance.now() - built)} s)`,
);
if (result.summary.errors > 0) process.exit(1);
