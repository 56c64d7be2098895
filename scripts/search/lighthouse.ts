/**
 * Lighthouse scores of built pages, desktop and mobile presets, on Debian's Chromium (the flags
 * the browser tests use).
 *
 *   node scripts/search/lighthouse.ts [DIST=dist] [PAGE...] [--runs N]
 *
 * A PAGE is a path (`/`, `/articles/<slug>/`, `/companies/lenovo/`); one that starts with `?` is a
 * query for the search page (`?q=Lenovo`, the default). Prints one line per page, preset and run:
 * performance, accessibility, best practices, SEO (0–100), FCP, LCP, speed index, TBT and CLS, with the failing
 * audits and, when performance is below 100, the LCP element; then the lowest score of each
 * page and preset over the runs.
 */
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs } from '../../tests/site/browser.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(args.splice(runsAt, 2)[1]) || 1) : 1;
const [dist = 'dist', ...given] = args;
const pages = (given.length ? given : ['?q=Lenovo']).map((p) => (p.startsWith('?') ? `/search/${p}` : p));
const server = await preview({ outDir: dist, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: chromiumArgs,
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const lowest = new Map<string, number[]>();
try {
  for (let run = 1; run <= runs; run++)
    for (const path of pages)
      for (const [preset, config] of [
        ['desktop', desktopConfig],
        ['mobile', undefined],
      ] as const) {
        const url = `http://127.0.0.1:${server.port}${path}`;
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          config,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`lighthouse gave no result for ${preset} ${path}`);
        const scores = categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
        const key = `${preset.padEnd(8)}${path}`;
        lowest.set(
          key,
          (lowest.get(key) ?? [100, 100, 100, 100]).map((s, i) => Math.min(s, scores[i]!)),
        );
        const ms = (id: string) => `${Math.round(lhr.audits[id]?.numericValue ?? NaN)} ms`;
        const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
        console.log(
          `${preset.padEnd(8)} performance ${scores[0]}  accessibility ${scores[1]}  best practices ${scores[2]}  ` +
            `SEO ${scores[3]}  FCP ${ms('first-contentful-paint')}  LCP ${ms('largest-contentful-paint')}  ` +
            `SI ${ms('speed-index')}  TBT ${ms('total-blocking-time')}  ` +
            `CLS ${cls.toFixed(3)}  (${path}${runs > 1 ? `, run ${run}` : ''})`,
        );
        for (const [id, audit] of Object.entries(lhr.audits))
          if (
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual'
          )
            console.log(`  ${id}: ${audit.score} ${audit.displayValue ?? ''}`);
        if (scores[0]! < 100) {
          const lcp = lhr.audits['largest-contentful-paint-element']?.details as
            { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined;
          const snippet = lcp?.items?.[0]?.items?.[0]?.node?.snippet;
          if (snippet) console.log(`  LCP element: ${snippet.slice(0, 160)}`);
        }
      }
  if (runs > 1)
    for (const [key, s] of lowest)
      console.log(`lowest over ${runs} runs: ${key}  ${categories.map((c, i) => `${c} ${s[i]}`).join('  ')}`);
} finally {
  chrome.kill();
  await server.stop();
}
