import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, serveSite } from './browser.ts';
import { fixtureSite } from './pagesFixtureSite.ts';

const axePath = join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const { dist, articles } = inject('site');

/** The first sample article in a language. */
function sampleArticle(lang: 'en' | 'zh'): string {
  const file = readdirSync(articles).find((f) =>
    readFileSync(join(articles, f), 'utf8').includes(`\nlang: "${lang}"`),
  );
  if (!file) throw new Error(`no ${lang} sample article`);
  return `/articles/${file.slice(0, -3)}/`;
}

type Violation = { id: string; impact: string | null; nodes: { target: unknown }[] };

describe('accessibility (axe-core in Chromium)', () => {
  let browser: Browser;
  const sites: { url: string; stop: () => Promise<void> }[] = [];
  let sample = '';
  let fixtures = '';
  beforeAll(async () => {
    const fxDist = await fixtureSite();
    browser = await launchChromium();
    for (const d of [dist, fxDist]) sites.push(await serveSite(d));
    [sample, fixtures] = sites.map((s) => s.url) as [string, string];
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of sites) await s.stop();
  });

  /** Run axe on a page, in light and dark colour schemes; returns violations as short strings. */
  async function audit(url: string): Promise<string[]> {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme, bypassCSP: true });
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await page.addScriptTag({ path: axePath });
      const violations = (await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
        return (await axe.run()).violations;
      })) as Violation[];
      for (const v of violations)
        found.push(
          `${colorScheme} ${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        );
      await page.close();
    }
    return found;
  }

  const cases: [string, () => string][] = [
    ['home', () => `${sample}/`],
    ['an English article', () => `${sample}${sampleArticle('en')}`],
    ['a Chinese article', () => `${sample}${sampleArticle('zh')}`],
    ['the companies index', () => `${fixtures}/companies/`],
    ['the cities index with its map', () => `${fixtures}/cities/`],
    ['the tags index A–Z', () => `${fixtures}/tags/a-z/`],
    ['a company page', () => `${fixtures}/companies/huawei/`],
    ['a city page', () => `${fixtures}/cities/wuhan/`],
    ['a Chinese article with entities', () => `${fixtures}/articles/fx-004-tencent-wuhan/`],
    ['who set up where', () => `${fixtures}/who-where/`],
    ['the archive', () => `${fixtures}/archive/`],
    ['the 404 page', () => `${fixtures}/404.html`],
  ];
  for (const [name, url] of cases)
    it(`has no violations on ${name}`, async () => {
      expect(await audit(url())).toEqual([]);
    });
});
