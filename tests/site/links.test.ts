import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixtureSite } from './pagesFixtureSite.ts';
import { TEST_SITE_URL } from './buildOnce.ts';

/** Every file under a folder. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** The file in `dist` a site path resolves to, or null. */
function target(dist: string, path: string): string | null {
  const file = join(dist, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
}

/** Every internal href/src of every built page that does not resolve to a file, or to an id on it. */
function brokenLinks(dist: string): string[] {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set)
      ids.set(
        file,
        (set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''))),
      );
    return set;
  };
  for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const page = '/' + relative(dist, dirname(file)).split('\\').join('/');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(m[1] ?? '');
      if (/^(?:[a-z]+:|\/\/)/i.test(raw)) continue; // external: http(s), mailto, data
      const [pathAndQuery = '', hash] = raw.split('#');
      const path = pathAndQuery.split('?')[0] ?? '';
      const absolute =
        path === ''
          ? file
          : target(dist, path.startsWith('/') ? path : new URL(path, `http://x${page}/`).pathname);
      if (!absolute) broken.push(`${relative(dist, file)} → ${raw}`);
      else if (hash && absolute.endsWith('.html') && !idsOf(absolute).has(decodeURIComponent(hash)))
        broken.push(`${relative(dist, file)} → ${raw} (no such id)`);
    }
  }
  return broken;
}

/** Sitemap and feed URLs on this site that do not resolve to a file. */
function brokenFeedLinks(dist: string, origin: string): string[] {
  const xml = walk(dist).filter((f) => f.endsWith('.xml'));
  const urls = xml.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)].map((m) => m[1] ?? ''),
  );
  return urls
    .filter((u) => u.startsWith(origin))
    .map((u) => new URL(u).pathname)
    .filter((p) => !target(dist, p));
}

describe('internal links resolve', () => {
  it('on the sample site', () => {
    const { dist } = inject('site');
    expect(brokenLinks(dist)).toEqual([]);
    expect(brokenFeedLinks(dist, TEST_SITE_URL)).toEqual([]);
  });

  it('on the fixture site, whose articles have entity pages', async () => {
    const dist = await fixtureSite();
    const pages = walk(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    expect(brokenLinks(dist)).toEqual([]);
    expect(brokenFeedLinks(dist, TEST_SITE_URL)).toEqual([]);
  });
});
