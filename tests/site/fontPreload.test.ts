import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './pagesFixtureSite.ts';

// Fonts are preloaded with the page (Lighthouse mobile: without it the CSS → font chain put
// 1.5 s on first paint): Inter everywhere, Source Serif only where English text is set in it.
const { dist, articles } = inject('site');
const preloads = (html: string) =>
  [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font" type="font\/woff2" crossorigin>/g)].map(
    (m) => m[1]!,
  );
const lang = (id: string) => /\nlang: "?(en|zh)/.exec(readFileSync(join(articles, `${id}.md`), 'utf8'))?.[1];
const ids = readdirSync(articles)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));

describe('font preloads (sample site)', () => {
  const css = readdirSync(join(dist, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
    .join('\n');

  it('every page preloads the interface face, and only files its stylesheet uses', () => {
    for (const path of ['index.html', 'search/index.html', 'cities/index.html']) {
      const list = preloads(readPage(dist, path));
      expect(list).toHaveLength(1);
      expect(list[0]).toMatch(/^\/_astro\/inter-latin-wght-normal\.[\w-]+\.woff2$/);
      expect(css).toContain(`url(${list[0]})`);
    }
  });

  it('English articles also preload the text face; Chinese ones do not', () => {
    const langs = new Set<string>();
    for (const id of ids) {
      const list = preloads(readPage(dist, `articles/${id}/index.html`));
      const l = lang(id)!;
      langs.add(l);
      expect(list.some((u) => u.includes('source-serif-4-latin-wght-normal'))).toBe(l === 'en');
      for (const u of list) expect(css).toContain(`url(${u})`);
    }
    expect([...langs].sort()).toEqual(['en', 'zh']);
  });
});
