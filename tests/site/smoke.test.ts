import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const { dist, articles } = inject('site');
const html = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('sample site build', () => {
  const ids = readdirSync(articles)
    .map((f) => f.replace(/\.md$/, ''))
    .sort();

  it('ingests the five sample articles', () => {
    expect(ids).toHaveLength(5);
  });

  it('renders one page per article with its archive id and language', () => {
    for (const id of ids) {
      const page = html(join('articles', id, 'index.html'));
      expect(page).toContain(`<meta name="archive:id" content="${id}">`);
      const front = readFileSync(join(articles, `${id}.md`), 'utf8');
      const lang = /\nlang: "(en|zh)"/.exec(front)?.[1];
      expect(page).toMatch(lang === 'zh' ? /<html lang="zh-CN"/ : /<html lang="en"/);
    }
  });

  it('has a home page listing every article and a search page', () => {
    const home = html('index.html');
    for (const id of ids) expect(home).toContain(`/articles/${id}/`);
    expect(existsSync(join(dist, 'search', 'index.html'))).toBe(true);
  });

  it('has a Pagefind index of the article pages only', () => {
    const entry = JSON.parse(html(join('pagefind', 'pagefind-entry.json'))) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBe(5);
  });
});
