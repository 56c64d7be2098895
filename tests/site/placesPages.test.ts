import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureArticles, readPage } from './pagesFixtureSite.ts';

// Hand-written articles (tests/fixtures/site-places): both name "Cambridge", which the ingest
// resolved by context to Cambridge, Massachusetts (fx-101) and Cambridge, England (fx-102).
const root = join(import.meta.dirname, '..', '..');
const base = join(root, 'tests', '.artifacts', 'site-places');
const dist = join(base, 'dist');
const page = (path: string) => readPage(dist, path);

beforeAll(() => {
  rmSync(base, { recursive: true, force: true });
  buildFixtureArticles('site-places', base);
});

describe('cities that share a name (fixture site)', () => {
  it('each Cambridge has its own page, named apart, holding only its own article', () => {
    const ma = page('cities/cambridge-massachusetts/index.html');
    expect(ma).toMatch(/<h1[^>]*>(?:<[^>]+>)*Cambridge \(Massachusetts\)</);
    expect(ma).toContain('href="/articles/fx-101-cambridge-ma/"');
    expect(ma).not.toContain('href="/articles/fx-102-cambridge-uk/"');
    const uk = page('cities/cambridge/index.html');
    expect(uk).toContain('href="/articles/fx-102-cambridge-uk/"');
    expect(uk).not.toContain('href="/articles/fx-101-cambridge-ma/"');
  });

  it('an article links the place the ingest chose, and its relation names that place', () => {
    const article = page('articles/fx-101-cambridge-ma/index.html');
    expect(article).toContain('href="/cities/cambridge-massachusetts/"');
    expect(article).not.toContain('href="/cities/cambridge/"');
    const moderna = page('companies/moderna/index.html');
    const setUp = moderna.slice(moderna.indexOf('id="setup-companies"'));
    expect(setUp).toContain('href="/cities/cambridge-massachusetts/"');
  });

  it('the map draws the two at their own places, west and east of the Atlantic', () => {
    const html = page('cities/index.html');
    const dot = (slug: string) => {
      const m = new RegExp(
        `<a href="/cities/${slug}/"[^>]*>\\s*<circle class="dot" cx="([\\d.-]+)" cy="([\\d.-]+)"`,
      ).exec(html);
      if (!m) throw new Error(`no dot for ${slug}`);
      return { x: Number(m[1]), y: Number(m[2]) };
    };
    const ma = dot('cambridge-massachusetts');
    const uk = dot('cambridge');
    expect(ma.x).toBeLessThan(uk.x);
    expect(dot('boston').x).toBeLessThan(uk.x);
    expect(Math.abs(ma.x - dot('boston').x)).toBeLessThan(Math.abs(uk.x - dot('london').x) + 20);
  });
});
