import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const { dist } = inject('site');

/** The rules of a Netlify / Cloudflare Pages `_headers` file: a path pattern and its headers. */
function parseHeaders(text: string): { pattern: RegExp; path: string; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // `*` (a splat, last) matches the rest of the path; `:name` one path segment.
      const source = line
        .trim()
        .split(/(\*|:[a-z]+)/)
        .map((part) =>
          part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'),
        )
        .join('');
      rules.push({ pattern: new RegExp(`^${source}$`), path: line.trim(), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
/** The URL path of each built file, as a host serves it (`articles/x/index.html` → `/articles/x/`). */
const urls = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name !== '_headers')
  .map((e) => `/${relative(dist, join(e.parentPath, e.name))}`.replace(/(^|\/)index\.html$/, '$1'));
const cacheRules = (url: string) =>
  rules
    .filter((r) => r.pattern.test(url))
    .flatMap((r) => r.headers.filter(([name]) => name === 'cache-control'));

describe('public/_headers caching', () => {
  it('never gives one file two Cache-Control rules (Cloudflare Pages would join them)', () => {
    for (const url of urls) expect(cacheRules(url).length, url).toBeLessThanOrEqual(1);
  });

  it('caches the hashed Astro and Pagefind files for a year, immutable', () => {
    const hashed = urls.filter(
      (u) => u.startsWith('/_astro/') || /^\/pagefind\/(.+\/)?(fragment|index|filter)\//.test(u),
    );
    expect(hashed.some((u) => u.startsWith('/_astro/'))).toBe(true);
    expect(hashed.some((u) => u.startsWith('/pagefind/fragment/'))).toBe(true);
    for (const url of hashed)
      expect(cacheRules(url)[0]?.[1], url).toBe('public, max-age=31536000, immutable');
  });

  it('gives every page, feed and sitemap a short cache, and no unhashed file a long one', () => {
    // Pagefind's own unhashed files (its word lists are .txt too) are checked just below.
    const pages = urls.filter(
      (u) => !u.startsWith('/pagefind/') && (u.endsWith('/') || /\.(html|xml|txt)$/.test(u)),
    );
    for (const url of pages)
      expect(cacheRules(url)[0]?.[1], `${url}: add its folder to public/_headers`).toMatch(/max-age=300\b/);
    const unhashed = urls.filter((u) => u.startsWith('/pagefind/') && !/\/(fragment|index|filter)\//.test(u));
    expect(unhashed).toContain('/pagefind/pagefind-entry.json');
    for (const url of unhashed) expect(cacheRules(url), url).toEqual([]);
  });
});
