import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, readPage } from './pagesFixtureSite.ts';

// Hand-written articles that list companies, cities and tags (tests/fixtures/site-articles).
let dist = '';
const page = (path: string) => readPage(dist, path);
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

beforeAll(async () => {
  dist = await fixtureSite();
});

describe('entity pages (fixture site)', () => {
  it('a company page lists its articles newest first and links search, feed and co-occurring cities', () => {
    const html = page('companies/huawei/index.html');
    const articles = hrefs(html).filter((h) => h?.startsWith('/articles/'));
    expect(articles).toEqual([
      '/articles/fx-002-huawei-jinan/',
      '/articles/fx-003-huawei-wuhan/',
      '/articles/fx-004-tencent-wuhan/',
    ]);
    expect(html).toContain('href="/search/?company=Huawei"');
    expect(html).toContain('href="/companies/huawei/rss.xml"');
    expect(html).toContain('<h2 id="co-cities">Cities it appears with</h2>');
    for (const city of ['/cities/wuhan/', '/cities/jinan/', '/cities/shenzhen/'])
      expect(html).toContain(`href="${city}"`);
  });

  it('a city page names its companies ("who set up where") and shows its Chinese name', () => {
    const html = page('cities/wuhan/index.html');
    expect(html).toMatch(/<h1><span>Wuhan<\/span> <span class="zh" lang="zh-CN">武汉<\/span><\/h1>/);
    expect(html).toContain('Companies in this city');
    for (const co of ['huawei', 'lenovo', 'tencent', 'motorola'])
      expect(html).toContain(`href="/companies/${co}/"`);
    expect(html).toContain('href="/search/?city=Wuhan"');
  });

  it('draws an accessible timeline chart with a table fallback', () => {
    const html = page('cities/wuhan/index.html');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="timeline-title timeline-desc"/);
    expect(html).toContain(
      '3 dated articles from Apr 2022 to Mar 2024; the busiest month was Apr 2022 with 2.',
    );
    expect(html).toMatch(/<td>Apr 2022<\/td>\s*<td>2<\/td>/);
  });

  it('gives a Chinese-only name a pinyin slug and tags their own pages', () => {
    expect(page('companies/lang-chao/index.html')).toContain('lang="zh-CN">浪潮</span>');
    expect(page('tags/xin-ji-jian/index.html')).toContain('href="/search/?tag=%E6%96%B0%E5%9F%BA%E5%BB%BA"');
  });

  it('writes an RSS feed per company, city and tag', () => {
    const feed = page('cities/wuhan/rss.xml');
    expect(feed.match(/<item>/g)).toHaveLength(3);
    expect(feed).toContain('<pubDate>Sat, 02 Mar 2024 00:00:00 GMT</pubDate>');
    expect(existsSync(join(dist, 'companies', 'huawei', 'rss.xml'))).toBe(true);
    expect(existsSync(join(dist, 'tags', 'cloud-computing', 'rss.xml'))).toBe(true);
  });

  it('shows every city on the map as a named link, sized by coverage', () => {
    const html = page('cities/index.html');
    const dots = [
      ...html.matchAll(
        /<a href="(\/cities\/[^"]+)" aria-label="([^"]+)"><circle class="dot" cx="[\d.]+" cy="[\d.]+" r="([\d.]+)"/g,
      ),
    ];
    expect(dots.map((d) => d[1]).sort()).toEqual([
      '/cities/hong-kong/',
      '/cities/jinan/',
      '/cities/shenzhen/',
      '/cities/wuhan/',
    ]);
    const wuhan = dots.find((d) => d[1] === '/cities/wuhan/');
    const hk = dots.find((d) => d[1] === '/cities/hong-kong/');
    expect(wuhan?.[2]).toBe('Wuhan 武汉: 3 articles');
    expect(Number(wuhan?.[3])).toBeGreaterThan(Number(hk?.[3]));
  });

  it('index pages show counts and Chinese names, by count and A–Z', () => {
    const byCount = page('cities/index.html');
    const az = page('cities/a-z/index.html');
    const order = (html: string) =>
      [...html.matchAll(/<li><a href="\/cities\/([a-z-]+)\/"><span>/g)].map((m) => m[1]);
    expect(order(byCount)).toEqual(['shenzhen', 'wuhan', 'jinan', 'hong-kong']);
    expect(order(az)).toEqual(['hong-kong', 'jinan', 'shenzhen', 'wuhan']);
    expect(az).toContain('href="#letter-h"');
    expect(byCount).toMatch(
      /武汉<\/span><\/a>\s*<span class="count"><span aria-hidden="true">3<\/span><span class="visually-hidden">3 articles<\/span><\/span>/,
    );
  });

  it('the company × city page crosses companies with their cities', () => {
    const html = page('who-where/index.html');
    expect(html).toMatch(
      /<th scope="row"><a href="\/companies\/huawei\/">Huawei<\/a><\/th>\s*<td class="hit">2<\/td>/,
    );
  });

  it('the archive lists years, months and undated articles', () => {
    expect(page('archive/index.html')).toContain('href="/archive/2022/04/"');
    const april = page('archive/2022/04/index.html');
    expect(hrefs(april).filter((h) => h?.startsWith('/articles/'))).toEqual([
      '/articles/fx-004-tencent-wuhan/',
      '/articles/fx-005-lenovo-wuhan/',
    ]);
    expect(page('archive/undated/index.html')).toContain('href="/articles/fx-007-xinjijian/"');
  });

  it('an article links its entities, related articles and neighbours by date', () => {
    const html = page('articles/fx-004-tencent-wuhan/index.html');
    for (const link of ['/companies/tencent/', '/cities/wuhan/', '/tags/cloud-computing/'])
      expect(html).toContain(`href="${link}"`);
    // First the article sharing Tencent and Shenzhen, then the Chinese one sharing Huawei, Wuhan and words.
    expect(html).toMatch(
      /<h2 id="related-h">Related articles<\/h2>[\s\S]*href="\/articles\/fx-008-tencent-sz\/"[\s\S]*href="\/articles\/fx-003-huawei-wuhan\/"/,
    );
    expect(html).toContain('<a href="/articles/fx-005-lenovo-wuhan/" rel="prev">');
    expect(html).toContain('<a class="newer" href="/articles/fx-003-huawei-wuhan/" rel="next">');
    expect(html).toContain('href="https://example.com/tencent-wuhan"');
  });
});
