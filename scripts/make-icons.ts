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
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${size * 0.2}px;background:#a3201c;display:flex;
      align-items:center;justify-content:center;color:#fff8e7;font:700 ${size * 0.78}px/1 'Noto Serif CJK SC','Noto Sans CJK SC',serif">文</div>
  </body></html>`);
  await page.screenshot({ path: join(OUT, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${OUT}`);
