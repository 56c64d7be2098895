/**
 * Screenshots of a built site as a reader sees it, at phone (390 px) and desktop (1280 px) widths:
 * the whole page, and its first screens at full resolution for reading.
 *
 *   node scripts/screenshots.ts DIST OUTDIR PAGE...     (PAGE: `/`, `/cities/`, `/articles/<slug>/`)
 *
 * Writes OUTDIR/<page>-<width>.png (whole page) and OUTDIR/<page>-<width>-<n>.png (screens 1–3).
 * Uses Debian's Chromium with the browser tests' flags; light theme unless COLOR_SCHEME=dark.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, serveSite } from '../tests/site/browser.ts';

const [dist, out, ...pages] = process.argv.slice(2);
if (!dist || !out || pages.length === 0) {
  console.error('usage: node scripts/screenshots.ts DIST OUTDIR PAGE...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const site = await serveSite(dist);
const browser = await launchChromium();
const colorScheme = process.env.COLOR_SCHEME === 'dark' ? 'dark' : 'light';
try {
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme });
    for (const p of pages) {
      await page.goto(site.url + p, { waitUntil: 'networkidle' });
      const name = `${p.replace(/^\/|\/$/g, '').replace(/[^a-z0-9-]+/gi, '_') || 'home'}-${width}`;
      await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let n = 0; n < 3 && n * height < total; n++)
        await page.screenshot({
          path: join(out, `${name}-${n + 1}.png`),
          fullPage: true,
          clip: { x: 0, y: n * height, width, height: Math.min(height, total - n * height) },
        });
      console.log(join(out, `${name}.png`));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.stop();
}
