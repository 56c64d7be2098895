import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_SITE_URL } from './buildOnce.ts';

const root = join(import.meta.dirname, '..', '..');
const { dist, articles } = inject('site');

/** Every text file of a built site (pages, feeds, sitemaps, robots.txt), relative to it, without the search bundle. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|txt)$/.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith('pagefind'))
    .sort();
}
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1] ?? '');
/** The path Astro gives a page as its own URL (`articles/x/index.html` → `/articles/x/`, `404.html` → `/404/`). */
const pathOf = (page: string) => `/${page.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;

describe('a build with SITE_URL', () => {
  const pages = textFiles(dist).filter((f) => f.endsWith('.html'));

  it('uses it for every canonical link and og:url', () => {
    for (const page of pages) {
      const html = read(dist, page);
      const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/g);
      expect(canonical, page).toHaveLength(1);
      expect(canonical[0], page).toBe(`${TEST_SITE_URL}${pathOf(page)}`);
      expect(attr(html, /<meta property="og:url" content="([^"]+)"/g), page).toEqual(canonical);
    }
  });

  it('uses it in robots.txt, the sitemaps and every feed', () => {
    expect(read(dist, 'robots.txt')).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`);
    const xml = textFiles(dist).filter((f) => f.endsWith('.xml'));
    expect(xml).toContain('rss.xml');
    expect(xml).toContain('sitemap-index.xml');
    for (const file of xml) {
      const urls = attr(read(dist, file), /<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g);
      expect(urls.length, file).toBeGreaterThan(0);
      for (const url of urls) expect(url.startsWith(`${TEST_SITE_URL}/`), `${file}: ${url}`).toBe(true);
    }
  });

  it('names no other address for itself', () => {
    for (const file of textFiles(dist)) expect(read(dist, file), file).not.toContain('archive.example.org');
  });
});

describe('a build without SITE_URL', () => {
  const out = join(root, 'tests', '.artifacts', 'no-site-url');
  const bare = join(out, 'dist');

  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ARCHIVE_ARTICLES: articles,
      ARCHIVE_DIST: bare,
      ARCHIVE_CACHE: join(out, 'cache'),
    };
    delete env.SITE_URL;
    const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const result = spawnSync(process.execPath, [astro, 'build'], { cwd: root, encoding: 'utf8', env });
    if (result.status !== 0)
      throw new Error(`build without SITE_URL failed:\n${result.stdout}\n${result.stderr}`);
  }, 180_000);

  it('builds every page with a root-relative canonical link and no og:url (README, "Deploying")', () => {
    const pages = textFiles(bare).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(textFiles(dist).filter((f) => f.endsWith('.html')));
    for (const page of pages) {
      const html = read(bare, page);
      expect(attr(html, /<link rel="canonical" href="([^"]+)"/g), page).toEqual([pathOf(page)]);
      expect(html, page).not.toContain('og:url');
      expect(html, page).not.toMatch(/rss\.xml|sitemap-index/);
    }
  });

  it('writes no sitemap or feed, whose URLs would have to be absolute, and robots.txt names no sitemap', () => {
    expect(textFiles(bare).filter((f) => f.endsWith('.xml'))).toEqual([]);
    expect(existsSync(join(bare, 'robots.txt'))).toBe(true);
    expect(read(bare, 'robots.txt')).not.toContain('Sitemap');
  });
});
