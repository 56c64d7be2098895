import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, serveSite } from './browser.ts';

const { dist } = inject('site');
const shots = join(import.meta.dirname, '..', '.artifacts', 'screenshots');

describe('search page in Chromium', () => {
  let browser: Browser;
  let site: { url: string; stop: () => Promise<void> };
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    [browser, site] = await Promise.all([launchChromium(), serveSite(dist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('finds the Jinan article from ?q=Changlingshan', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=Changlingshan`);
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 15_000 });
    expect(await result.getAttribute('href')).toBe('/articles/003-9e9135087321a43a/');
    await page.screenshot({ path: join(shots, 'search-changlingshan.png'), fullPage: true });
    await page.close();
  });
});
