import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildArticlesSite } from '../../scripts/search/buildArticlesSite.ts';
import { writeSyntheticArticles } from '../../scripts/search/synthArticles.ts';
import { holding } from './articlesHolding.ts';
import { launchChromium, serveSite } from './browser.ts';
import { devCorpus, devSite } from './buildDev.ts';

// The hand-written bilingual fixture archive: entity lists filled, dates and sources varied.
const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'tests', '.artifacts', 'screenshots');

async function results(page: Page): Promise<string[]> {
  await page.locator('#search-status:not(:text("…"))').waitFor();
  await page.waitForFunction(() => !/…/.test(document.getElementById('search-status')?.textContent ?? '…'));
  return page
    .locator('#search-results li h2 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}
const ids = (urls: string[]) => urls.map((u) => u.replace(/^\/articles\/|\/$/g, ''));

// Everything holds with one search index and with shards by period, which the page merges as
// searches need them, newest first (the eight fixtures span six years and two undated; the
// newest year, 2024, holds one article and rides with 2023 until they hold two: six shards).
describe.each(['one', 'periods'] as const)('search page over the fixture archive, shards: %s', (shards) => {
  const base = join(root, 'tests', '.artifacts', `search-fixture-${shards}`);
  const dist = join(base, 'dist');
  const shot = (name: string) => join(shots, `search-${name}${shards === 'periods' ? '-periods' : ''}.png`);
  let browser: Browser;
  let site: { url: string; stop: () => Promise<void> };
  let page: Page;
  beforeAll(async () => {
    rmSync(base, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    await buildArticlesSite(join(root, 'tests', 'fixtures', 'search-articles'), dist, {
      vocab: join(root, 'tests', 'fixtures', 'search-vocab'),
      shards,
      periodMin: 2,
    });
    [browser, site] = await Promise.all([launchChromium(), serveSite(dist)]);
    page = await browser.newPage({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  const open = async (query: string) => {
    await page.goto(`${site.url}/search/${query}`);
    return ids(await results(page));
  };

  it.each([
    ['?q=Lenovo', ['en-lenovo-hong-kong', 'zh-lenovo-beijing']],
    ['?q=联想', ['en-lenovo-hong-kong', 'zh-lenovo-beijing']],
    ['?q=武汉', ['en-alibaba-wuhan', 'zh-xiaomi-wuhan']],
    ['?q=Jinan', ['en-huawei-jinan', 'zh-huawei-jinan']],
    ['?q=笔记本电脑', ['zh-lenovo-beijing']],
    ['?q=电脑', ['zh-lenovo-beijing']],
    // Best (only) matches in the oldest dated period, and in the undated shard.
    ['?q=Xiaomi', ['zh-xiaomi-wuhan']],
    ['?q=开发者', ['zh-tencent-shenzhen']],
  ])('%s finds articles in both languages', async (query, expected) => {
    expect((await open(query)).sort()).toEqual(expected);
  });

  it('keeps English stemming: reports finds reported', async () => {
    expect(await open('?q=reports')).toEqual(
      expect.arrayContaining(['en-lenovo-hong-kong', 'en-tencent-shenzhen']),
    );
  });

  it('lists a filter-only URL newest first, undated last', async () => {
    expect(await open('?company=Tencent')).toEqual([
      'en-tencent-shenzhen',
      'en-alibaba-wuhan',
      'zh-tencent-shenzhen',
    ]);
    expect(await open('?company=Tencent&sort=oldest')).toEqual([
      'en-alibaba-wuhan',
      'en-tencent-shenzhen',
      'zh-tencent-shenzhen',
    ]);
  });

  it.each([
    ['?city=Wuhan', ['en-alibaba-wuhan', 'zh-xiaomi-wuhan']],
    ['?tag=Cloud+computing&lang=zh', ['zh-lenovo-beijing']],
    ['?year=2023', ['zh-huawei-jinan']],
    ['?year=2024', ['en-tencent-shenzhen']],
    ['?source=Harbour+Tech+Daily', ['en-lenovo-hong-kong', 'en-tencent-shenzhen']],
    ['?q=cloud&lang=en&city=Shenzhen', ['en-tencent-shenzhen']],
  ])('filters %s', async (query, expected) => {
    expect((await open(query)).sort()).toEqual(expected);
  });

  it('shows filter counts, and ticking one updates the URL; back returns', async () => {
    await open('?q=Tencent');
    const wuhan = page.getByRole('checkbox', { name: /Wuhan \(1\)/ });
    await wuhan.check();
    await page.waitForURL(/city=Wuhan/);
    expect(ids(await results(page))).toEqual(['en-alibaba-wuhan']);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('city='));
    expect((await results(page)).length).toBe(3);
  });

  it('typing updates results and the URL; sort select too', async () => {
    await open('');
    await page.getByRole('searchbox').fill('Huawei');
    await page.waitForURL(/q=Huawei/);
    expect((await results(page)).sort()).toEqual([
      '/articles/en-huawei-jinan/',
      '/articles/zh-huawei-jinan/',
    ]);
    await page.getByRole('combobox').selectOption('newest');
    await page.waitForURL(/sort=newest/);
    expect(ids(await results(page))).toEqual(['zh-huawei-jinan', 'en-huawei-jinan']);
  });

  it('highlights the phrase once in the excerpt, Chinese without spaces', async () => {
    await open('?q=笔记本电脑');
    const excerpt = await page.locator('#search-results .excerpt').first().textContent();
    expect(excerpt).toContain('新一代笔记本电脑');
    expect(await page.locator('#search-results mark').allTextContents()).toEqual(['笔记本电脑']);
  });

  it('matches Chinese as written: 华为 only where 华为 stands', async () => {
    expect((await open('?q=华为')).sort()).toEqual(['en-huawei-jinan', 'zh-huawei-jinan']);
    expect(await open('?q=为华')).toEqual([]);
  });

  it.each(['qwertyuiop', 'xylophone', 'kqzvbnmrtxpw'])('lists nothing for %s and says so', async (word) => {
    expect(await open(`?q=${word}`)).toEqual([]);
    await expect
      .poll(() => page.locator('#search-empty').textContent())
      .toContain(`No article contains “${word}”`);
  });

  it('offers the nearest real word for a typo', async () => {
    expect(await open('?q=Huawie')).toEqual([]);
    const link = page.locator('#search-empty .did-you-mean a').first();
    await expect.poll(() => link.textContent()).toBe('Huawei');
    await link.click();
    await page.waitForURL(/q=Huawei/);
    expect((await results(page)).length).toBe(2);
  });

  it('keeps focus on a facet checkbox after it is toggled', async () => {
    await open('?q=Tencent');
    const box = page.getByRole('checkbox', { name: /Shenzhen/ });
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/city=Shenzhen/);
    await results(page);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('Shenzhen');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  });

  it('reaches the first result from the search box through the skip link', async () => {
    await open('?q=Lenovo');
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to results');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const first = await page.locator('#search-results li h2 a').first().getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
  });

  it('shows company and city names in Chinese in the Chinese interface', async () => {
    await open('?q=Lenovo&hl=zh');
    await expect.poll(() => page.locator('#search-facets').textContent()).toContain('联想');
    expect(await page.locator('#search-facets').textContent()).toContain('香港');
  });

  it.each([
    ['desktop', 1280, 900],
    ['mobile', 360, 740],
  ] as const)('does not shift as results and filters arrive (CLS ≤ 0.05, %s)', async (_, width, height) => {
    const measured = await browser.newPage({ locale: 'en-GB', viewport: { width, height } });
    try {
      await measured.addInitScript(() => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!e.hadRecentInput) w.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await measured.goto(`${site.url}/search/?q=cloud`);
      await results(measured);
      await measured.waitForTimeout(1500);
      const cls = await measured.evaluate(() => (window as unknown as { cls: number }).cls);
      expect(cls).toBeLessThanOrEqual(0.05);
    } finally {
      await measured.close();
    }
  });

  it('says clearly when nothing matches, and offers to drop filters', async () => {
    expect(await open('?q=zzzqqq')).toEqual([]);
    await expect.poll(() => page.locator('#search-empty').textContent()).toContain('No article contains');
    await open('?q=Xiaomi&lang=en');
    const clear = page.locator('#search-empty button');
    await clear.click();
    await page.waitForURL((u) => !u.search.includes('lang='));
    expect(ids(await results(page))).toEqual(['zh-xiaomi-wuhan']);
  });

  it('speaks Chinese when asked', async () => {
    await open('?q=Lenovo&hl=zh');
    expect(await page.locator('#search-status').textContent()).toContain('篇文章');
    expect(await page.locator('#search-label').textContent()).toBe('搜索资料库');
  });

  it('has no axe violations and looks right at desktop and 360 px', async () => {
    // axe is injected as an inline script, which the site's CSP rightly refuses: this page alone
    // bypasses the CSP so the audit can run (the CSP itself is tested in csp.test.ts).
    const audited = await browser.newPage({ locale: 'en-GB', bypassCSP: true });
    try {
      for (const [name, width] of [
        ['desktop', 1280],
        ['360', 360],
      ] as const) {
        await audited.setViewportSize({ width, height: 900 });
        await audited.goto(`${site.url}/search/?q=cloud&company=Lenovo`);
        await results(audited);
        await audited.addScriptTag({ path: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
        const violations = await audited.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } })
            .axe;
          return (await axe.run()).violations.map((v) => v.id);
        });
        expect(violations).toEqual([]);
        await audited.screenshot({ path: shot(name), fullPage: true });
      }
    } finally {
      await audited.close();
    }
  });
});

// Real articles: the bundled sample (built once for every site test) and the annotated dev corpus.
describe.each([
  ['the sample', false],
  ['the dev corpus', true],
])('search page over %s', (_, dev) => {
  let browser: Browser;
  let site: { url: string; stop: () => Promise<void> };
  let articles: string;
  beforeAll(async () => {
    let dist = inject('site').dist;
    articles = inject('site').articles;
    const devBuilt = dev ? devSite() : null;
    if (devBuilt) ({ dist, articles } = devBuilt);
    [browser, site] = await Promise.all([launchChromium(), serveSite(dist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it.skipIf(dev && !existsSync(devCorpus))(
    'lists for 华为 only the articles that contain it or are about Huawei',
    async () => {
      const page = await browser.newPage({ locale: 'en-GB' });
      try {
        await page.goto(`${site.url}/search/?q=${encodeURIComponent('华为')}`);
        const expected = holding(articles, '华为', 'Huawei');
        expect(expected.length).toBeGreaterThan(0);
        expect(ids(await results(page)).sort()).toEqual(expected);
        for (const word of ['qwertyuiop', 'xylophone']) {
          await page.goto(`${site.url}/search/?q=${word}`);
          expect(await results(page), word).toEqual([]);
        }
      } finally {
        await page.close();
      }
    },
  );
});

// Sixty synthetic articles over ten years (and undated ones): enough for a first page to come
// from the newest periods alone (the newest years grouped until they hold ten).
describe('search page over period shards it has not all searched', () => {
  const base = join(root, 'tests', '.artifacts', 'search-periods');
  let browser: Browser;
  let site: { url: string; stop: () => Promise<void> };
  let page: Page;
  beforeAll(async () => {
    rmSync(base, { recursive: true, force: true });
    writeSyntheticArticles(join(root, 'tests', 'fixtures', 'search-articles'), join(base, 'articles'), 60);
    await buildArticlesSite(join(base, 'articles'), join(base, 'dist'), {
      vocab: join(root, 'tests', 'fixtures', 'search-vocab'),
      shards: 'periods',
      periodMin: 10,
    });
    [browser, site] = await Promise.all([launchChromium(), serveSite(join(base, 'dist'))]);
    page = await browser.newPage({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('lists the newest periods first, then earlier ones on demand, then all years', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/search/?lang=en&sort=newest`);
    const first = await results(page);
    expect(first).toHaveLength(10);
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toContain('earlier years not searched yet');
    const periods = () =>
      new Set(fetched.filter((p) => /^\/pagefind\/p-/.test(p)).map((p) => p.split('/')[2]));
    const before = periods().size;
    expect(before).toBeLessThan(10);
    const dates = () => page.locator('#search-results time').allTextContents();
    // Pressing on until the searched periods are used up merges an older one; the order holds.
    for (let i = 0; i < 8 && (await page.locator('#search-more').isVisible()); i++) {
      const n = await page.locator('#search-results li').count();
      // A DOM click, not Playwright's: its scrolling the button into view would also start the
      // page's load-on-scroll, which can use the periods up and hide the button mid-click.
      await page.locator('#search-more').evaluate((b: HTMLButtonElement) => b.click());
      await page.waitForFunction(
        (k) =>
          document.querySelectorAll('#search-results li').length > k ||
          (document.getElementById('search-more') as HTMLButtonElement).hidden,
        n,
      );
    }
    const listed = await dates();
    expect(listed).toEqual([...listed].sort().reverse());
    expect(periods().size).toBeGreaterThan(before);
    await page.goto(`${site.url}/search/?lang=en`);
    await results(page);
    await page.locator('#search-all-years').click();
    await expect.poll(() => page.locator('#search-all-years').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#search-status').textContent()).not.toContain('not searched');
  });
});
