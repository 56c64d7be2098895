import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { devCorpus, devSite } from './buildDev.ts';
import { readPage } from './pagesFixtureSite.ts';

const present = existsSync(devCorpus);
if (!present)
  console.warn(`skipped: ${devCorpus} is missing (the annotated dev set lives beside the project)`);
let dist = '';

describe.skipIf(!present)('/who-where/ built from the dev corpus', () => {
  beforeAll(() => {
    dist = devSite()?.dist ?? '';
  }, 240_000);

  it('lists stated relation pairs, each quoting its sentence and linking its article', () => {
    const html = readPage(dist, 'who-where/index.html');
    const stated = html.slice(html.indexOf('id="stated-h"'), html.indexOf('id="grid-h"'));
    const quotes = [...stated.matchAll(/<blockquote[^>]*>([^<]+)<\/blockquote>/g)].map((m) => m[1] ?? '');
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    for (const q of quotes) expect(q.length).toBeGreaterThan(20);
    // Each evidence figure quotes its sentence, or says it is the headline, or links the pair under
    // which the same sentence is already quoted; and every figure links its article.
    const figures = [...stated.matchAll(/<figure class="evidence">([\s\S]*?)<\/figure>/g)].map((m) => m[1]!);
    const headlines = figures.filter((f) => f.includes('<figcaption>Headline: <a href="/articles/'));
    const again = [...stated.matchAll(/The sentence quoted under <a href="#([^"]+)">/g)].map((m) => m[1]!);
    expect(figures.length).toBe(quotes.length + headlines.length + again.length);
    for (const target of again) expect(stated).toContain(`<li id="${target}">`);
    expect(new Set(quotes).size).toBe(quotes.length);
    const linked = figures.map(
      (f) => /<figcaption>(?:Headline: )?<a href="\/articles\/([^/"]+)\/"/.exec(f)?.[1],
    );
    for (const id of linked) expect(existsSync(join(dist, 'articles', id!, 'index.html'))).toBe(true);
    expect(stated).toContain('href="/companies/oppo/"');
    expect(stated).toContain('href="/cities/hyderabad/"');
  });

  it('marks no article of the dev corpus as a digest', () => {
    for (const id of readdirSync(join(dist, 'articles')))
      expect(readPage(dist, `articles/${id}/index.html`), id).not.toContain('class="label-digest"');
  });
});
