import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveSite } from './browser.ts';
import { hostileSite, type HostileSite } from './buildHostile.ts';
import { headerPolicy, htmlPages, watchPage } from './cspPolicy.ts';
import { findExecutable, visibleText } from './hostileScan.ts';

let site: HostileSite;
const page = (id: string) => readFileSync(join(site.dist, 'articles', id, 'index.html'), 'utf8');
/** The text of an article page's <main>, as a reader sees it. */
const mainText = (id: string) => visibleText(/<main[^>]*>([\s\S]*)<\/main>/.exec(page(id))?.[1] ?? '');

describe('the site built from hostile corpora', () => {
  beforeAll(() => {
    site = hostileSite();
    if (site.seconds)
      console.log(`hostile site build (ingest, Astro, Pagefind): ${site.seconds.toFixed(1)} s`);
  }, 180_000);

  it('builds within about a minute', () => {
    expect(site.seconds).toBeLessThan(90);
  });

  it('has a page for every ingested article, under a safe path', () => {
    const ids = readdirSync(site.articles).map((f) => f.slice(0, -3));
    expect(ids.length).toBeGreaterThan(60);
    for (const id of ids) expect(existsSync(join(site.dist, 'articles', id, 'index.html')), id).toBe(true);
    for (const dir of readdirSync(join(site.dist, 'articles')))
      expect(dir).toMatch(/^[a-z0-9][a-z0-9-]{0,99}$/);
  });

  it('contains nothing executable from the input on any page', () => {
    const pages = htmlPages(site.dist);
    const found = pages.flatMap((p) =>
      findExecutable(readFileSync(p, 'utf8')).map((f) => `${relative(site.dist, p)}: ${f}`),
    );
    expect(found).toEqual([]);
  });

  it('shows encoded markup and template syntax as literal text', () => {
    expect(mainText('script-disguises')).toContain(
      '<script>alert("entity-encoded")</script> must stay readable',
    );
    expect(mainText('template-syntax')).toContain('from {{ 7*7 }} to ${7*7} in one day');
    expect(mainText('template-syntax')).toContain('{Astro.props.secret}');
    expect(mainText('template-syntax')).not.toContain('49');
  });

  it('writes well-formed feeds and sitemaps despite hostile titles', () => {
    const xml = readdirSync(site.dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.xml'),
    );
    expect(xml.length).toBeGreaterThan(2);
    for (const f of xml)
      expect(XMLValidator.validate(readFileSync(join(site.dist, f), 'utf8')), f).toBe(true);
  });

  it('indexes every article for search', () => {
    const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBe(readdirSync(site.articles).length);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: { url: string; stop: () => Promise<void> };
    const header = headerPolicy();
    beforeAll(async () => {
      [browser, server] = await Promise.all([launchChromium(), serveSite(site.dist)]);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });
    const ids = [
      'script-disguises',
      'event-handlers',
      'dangerous-urls',
      'embedded-content',
      'mutation-xss',
      'breakouts',
      'template-syntax',
      'fm-xss-values',
      'two-megabytes',
      'nested-divs',
    ];
    for (const id of ids)
      it(`runs nothing and trips no policy on /articles/${id}/`, async () => {
        expect(await watchPage(browser, `${server.url}/articles/${id}/`, { header })).toEqual([]);
      });

    it('shows search results for "alert script" without running them', async () => {
      const found = await watchPage(browser, `${server.url}/search/?q=alert%20script`, {
        header,
        ready: (p) => p.locator('#search-results li a').first().waitFor({ timeout: 20_000 }),
      });
      expect(found).toEqual([]);
    });
  });
});
