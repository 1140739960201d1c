// `npm start`: build the extension, serve the demo article on 127.0.0.1, and open Chromium with the
// extension loaded on it when there is a display; otherwise say what to open and keep serving.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from './static-server';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const port = Number(process.env.PORT ?? 8787);

const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('wenzhai: the build failed; see the messages above.');
  process.exit(build.status ?? 1);
}

const { origin } = await serveStatic(join(ROOT, 'tests/fixtures'), { port });
const demo = `${origin}/demo/news.html`;
console.log(`\nDemo article: ${demo}`);

const browserPath = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]
  .filter((p): p is string => Boolean(p))
  .find((p) => existsSync(p));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (browserPath && hasDisplay) {
  const profile = join(ROOT, '.tmp/start-profile');
  mkdirSync(profile, { recursive: true });
  console.log(
    `Opening ${browserPath} with Wenzhai loaded. Click the 文 button in the toolbar on the article.`,
  );
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run',
    // Chromium refuses to start as root with its sandbox on (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demo,
  ];
  const child = spawn(browserPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-2000);
  });
  child.on('exit', (code) => {
    if (code) console.error(`The browser exited with code ${code}:\n${errors}`);
    console.log('Browser closed; still serving the demo until you press Ctrl+C.');
  });
} else {
  console.log(
    [
      hasDisplay ? 'No Chromium found.' : 'No display here, so no browser is opened.',
      'To try Wenzhai:',
      `  1. In Chrome or Chromium open chrome://extensions, turn on Developer mode, "Load unpacked" → ${EXTENSION}`,
      `  2. Open ${demo}`,
      '  3. Click the Wenzhai button in the toolbar.',
      'Serving until you press Ctrl+C.',
    ].join('\n'),
  );
}
