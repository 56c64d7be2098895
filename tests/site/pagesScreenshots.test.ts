import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveSite } from './browser.ts';
import { fixtureSite } from './pagesFixtureSite.ts';

const shots = join(import.meta.dirname, '..', '.artifacts', 'screenshots');
const pages: [string, string][] = [
  ['home', '/'],
  ['article-en', '/articles/fx-002-huawei-jinan/'],
  ['article-zh', '/articles/fx-004-tencent-wuhan/'],
  ['company', '/companies/huawei/'],
  ['map', '/cities/'],
  ['who-where', '/who-where/'],
];

describe('pages at desktop and phone widths (fixture site)', () => {
  let browser: Browser;
  let site: { url: string; stop: () => Promise<void> };
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const dist = await fixtureSite();
    [browser, site] = await Promise.all([launchChromium(), serveSite(dist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  for (const width of [1280, 360])
    it(`renders without sideways scrolling at ${width} px, and saves screenshots`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const [name, path] of pages) {
        await page.goto(`${site.url}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
      }
      await page.close();
    });

  it('prints an article without the site chrome', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}/articles/fx-001-lenovo-hk/`);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.article-foot').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await page.close();
  });
});
