import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { renderShards } from '../../scripts/lib/renderShards.ts';
import { TEST_SITE_URL } from './buildOnce.ts';

const { dist, articles } = inject('site');
const root = join(import.meta.dirname, '..', '..');
const base = join(root, 'tests', '.artifacts', 'shards');

/** Every built page (HTML and XML), relative to its dist, without the search bundle. */
function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml)$/.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith('pagefind'))
    .sort();
}
const sitemapUrls = (dir: string) =>
  [...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => m[1])
    .sort();

describe('sharded rendering', () => {
  it('renders the same site in three Astro processes as in one', { timeout: 180_000 }, async () => {
    rmSync(base, { recursive: true, force: true });
    const sharded = join(base, 'dist');
    await renderShards(sharded, 3, {
      ...process.env,
      SITE_URL: TEST_SITE_URL,
      ARCHIVE_ARTICLES: articles,
      ARCHIVE_CACHE: join(base, 'cache'),
    });
    expect(pages(sharded)).toEqual(pages(dist));
    for (const page of pages(dist).filter((p) => p.startsWith('articles'))) {
      expect(readFileSync(join(sharded, page), 'utf8'), page).toBe(readFileSync(join(dist, page), 'utf8'));
    }
    expect(sitemapUrls(sharded)).toEqual(sitemapUrls(dist));
  });
});
