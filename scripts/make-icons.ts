// Renders the toolbar icon (文 on a seal-red square) at every manifest size with Chromium.
// Run once when the design changes: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const OUT = resolve(import.meta.dirname, '../public/icon');
const SIZES = [16, 32, 48, 96, 128];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
// The Chrome Web Store wants the 128 px icon as 96 px of art inside 16 px of transparent padding (it
// shows it on a tile); the toolbar and menu sizes use the whole square.
const PADDING: Record<number, number> = { 128: 16 };
for (const size of SIZES) {
  const pad = PADDING[size] ?? 0;
  const art = size - 2 * pad;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="margin:${pad}px;width:${art}px;height:${art}px;border-radius:${art * 0.2}px;background:#a3201c;display:flex;
      align-items:center;justify-content:center;color:#fff8e7;font:700 ${art * 0.78}px/1 'Noto Serif CJK SC','Noto Sans CJK SC',serif">文</div>
  </body></html>`);
  await page.screenshot({ path: join(OUT, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${OUT}`);
