import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './pagesFixtureSite.ts';

// The bundled sample corpus: whatever entities the ingest finds in it, every page kind must build.
const { dist, articles } = inject('site');
const page = (path: string) => readPage(dist, path);
const ids = readdirSync(articles)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();
const front = (id: string) => readPage(articles, `${id}.md`);

describe('sample site pages', () => {
  it('home says how many articles the archive holds and links the latest', () => {
    const home = page('index.html');
    expect(home).toMatch(new RegExp(`<p class="lede">${ids.length} articles on `));
    for (const id of ids) expect(home).toContain(`href="/articles/${id}/"`);
    // Three of the five are undated: the lede says so once, the list does not repeat it per item.
    expect(home).toContain('; 3 undated.');
    expect(home).not.toContain('Undated');
    for (const index of ['/companies/', '/cities/', '/tags/', '/search/', '/archive/'])
      expect(home).toContain(`href="${index}"`);
  });

  it('article pages carry headline, date or "Undated", language and neighbours by date', () => {
    for (const id of ids) {
      const html = page(`articles/${id}/index.html`);
      const date = /\ndate: "?(\d{4}-\d{2}-\d{2}|null)"?/.exec(front(id))?.[1];
      expect(html).toContain(`<meta name="archive:id" content="${id}">`);
      // A Chinese headline carries <wbr> between its words (src/lib/cjkBreaks.ts).
      expect(html).toMatch(/<h1>(?:[^<]|<wbr>)+<\/h1>/);
      if (date === 'null') expect(html).toContain('<dd>Undated</dd>');
      else expect(html).toContain(`<time datetime="${date}">${date}</time>`);
      expect(html).toMatch(/<dt>Language<\/dt>\s*<dd>(English|Chinese)<\/dd>/);
      expect(html).toContain('property="og:type" content="article"');
      expect(html).toMatch(/data-pagefind-body/);
    }
    // Five articles in date order: the first has only an older neighbour, the rest link both ways.
    const neighbours = ids.map(
      (id) => (page(`articles/${id}/index.html`).match(/rel="(prev|next)"/g) ?? []).length,
    );
    expect(neighbours.reduce((a, b) => a + b, 0)).toBe(2 * (ids.length - 1));
  });

  it('a Chinese article is marked zh-CN and keeps the site chrome marked English', () => {
    const zh = ids.find((id) => /\nlang: "zh"/.test(front(id)));
    expect(zh).toBeDefined();
    const html = page(`articles/${zh}/index.html`);
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toMatch(/<header class="site-header"[^>]*lang="en"/);
    expect(html).toContain('property="og:locale" content="zh_CN"');
  });

  it('builds every index, sorted by count and A–Z, plus map, who-where, archive, feeds and 404', () => {
    for (const kind of ['companies', 'cities', 'tags']) {
      expect(page(`${kind}/index.html`)).toMatch(/most articles first/);
      expect(page(`${kind}/a-z/index.html`)).toMatch(/aria-current="page"[^>]*>A–Z/);
    }
    expect(page('who-where/index.html')).toContain('<h1>Who set up where</h1>');
    expect(page('archive/index.html')).toContain('<h1>Archive by date</h1>');
    expect(page('404.html')).toContain('href="/search/"');
    expect(page('rss.xml')).toContain('<rss');
    expect(page('robots.txt')).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
  });

  it('lists every article in the site feed and the sitemap', () => {
    const rss = page('rss.xml');
    const sitemap = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => page(f))
      .join('');
    for (const id of ids) {
      expect(rss).toContain(`/articles/${id}/</link>`);
      expect(sitemap).toContain(`/articles/${id}/</loc>`);
    }
    expect(sitemap).not.toContain('/404');
  });

  it('ships no client JavaScript outside the search page', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
      );
    for (const file of walk(dist)) {
      if (file.endsWith(join('search', 'index.html'))) continue;
      const html = readPage(file, '');
      expect(html, file).not.toMatch(/<script/i);
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
      expect(html, file).not.toMatch(/\sstyle="/i);
    }
  });
});
