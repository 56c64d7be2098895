/**
 * Lighthouse scores of the built search page with a query in its URL, desktop and mobile presets,
 * on Debian's Chromium (the flags the browser tests use).
 *
 *   node scripts/search/lighthouse.ts [DIST=dist] [QUERY=?q=Lenovo]
 *
 * Prints one line per preset: performance, accessibility, best practices, SEO (0–100), and CLS.
 */
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs } from '../../tests/site/browser.ts';

const [dist = 'dist', query = '?q=Lenovo'] = process.argv.slice(2);
const server = await preview({ outDir: dist, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: chromiumArgs,
});
try {
  const url = `http://127.0.0.1:${server.port}/search/${query}`;
  for (const [preset, config] of [
    ['desktop', desktopConfig],
    ['mobile', undefined],
  ] as const) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`lighthouse gave no result for ${preset}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
    console.log(
      `${preset.padEnd(8)} performance ${score('performance')}  accessibility ${score('accessibility')}  ` +
        `best practices ${score('best-practices')}  SEO ${score('seo')}  CLS ${cls.toFixed(3)}  (${url})`,
    );
    for (const [id, audit] of Object.entries(lhr.audits))
      if (
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'manual'
      )
        console.log(`  ${id}: ${audit.score} ${audit.displayValue ?? ''}`);
  }
} finally {
  chrome.kill();
  await server.stop();
}
