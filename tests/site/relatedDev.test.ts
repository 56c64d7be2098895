import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/lib/readArticleFile.ts';
import { contentTerms, plainText } from '../../src/lib/textTerms.ts';
import { devCorpus, devSite, evalDir } from './buildDev.ts';

const hasDev = existsSync(devCorpus);
if (!hasDev) console.warn(`related articles on the dev corpus: skipped, ${evalDir} is missing`);
let dist = '';
let articlesDir = '';

interface Article {
  id: string;
  name: string;
  title: string;
  kind: string;
  entities: string[];
  words: Set<string>;
}

/** The ingested articles of the dev site, by id. */
function readArticles(): Map<string, Article> {
  const out = new Map<string, Article>();
  for (const file of readdirSync(articlesDir).filter((f) => f.endsWith('.md'))) {
    const { data, content } = readArticleFile(readFileSync(join(articlesDir, file), 'utf8'));
    const list = (k: string) => (Array.isArray(data[k]) ? (data[k] as string[]) : []);
    out.set(String(data.id), {
      id: String(data.id),
      name: String((data.origin as { name?: string } | undefined)?.name ?? ''),
      title: String(data.title),
      kind: String(data.kind ?? 'article'),
      entities: [...list('companies').map((c) => `company:${c}`), ...list('cities').map((c) => `city:${c}`)],
      words: new Set(contentTerms(plainText(content))),
    });
  }
  return out;
}

/** The article ids an article page lists under "Related articles". */
function relatedOf(id: string): string[] {
  const html = readFileSync(join(dist, 'articles', id, 'index.html'), 'utf8');
  const section = /<section class="related"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/href="\/articles\/([^/"]+)\/"/g)].map((m) => m[1] ?? '');
}

describe.skipIf(!hasDev)('related articles on the dev-corpus site', () => {
  let articles = new Map<string, Article>();
  let gold = new Map<string, string | null>();
  const related = new Map<string, string[]>();

  beforeAll(() => {
    const site = devSite();
    if (!site) throw new Error('the dev corpus went missing');
    ({ dist, articles: articlesDir } = site);
    articles = readArticles();
    for (const id of articles.keys()) related.set(id, relatedOf(id));
    gold = new Map(
      readFileSync(join(evalDir, 'dev-gold.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; title: string | null })
        .map((g) => [g.id, g.title]),
    );
  }, 240_000);

  it('lists related articles for many articles, not for all (nothing rather than something weak)', () => {
    const withList = [...related.values()].filter((r) => r.length > 0).length;
    expect(withList).toBeGreaterThan(articles.size * 0.2);
    expect(withList).toBeLessThan(articles.size);
  });

  it('links only articles sharing a company, a city or a distinctive word (in at most 10% of articles)', () => {
    const df = new Map<string, number>();
    for (const a of articles.values()) for (const w of a.words) df.set(w, (df.get(w) ?? 0) + 1);
    const distinctive = (w: string) => (df.get(w) ?? 0) <= Math.max(2, articles.size * 0.1);
    for (const [id, list] of related) {
      const a = articles.get(id);
      for (const other of list) {
        const b = articles.get(other);
        const shared =
          a?.entities.some((e) => b?.entities.includes(e)) ||
          [...(a?.words ?? [])].some((w) => b?.words.has(w) && distinctive(w));
        expect(shared, `${id} → ${other}`).toBe(true);
      }
    }
  });

  it('never links a page whose title is page furniture rather than its headline', () => {
    for (const [id, list] of related)
      for (const other of list) {
        const b = articles.get(other);
        const headline = gold.get(b?.name ?? '');
        const title = contentTerms(b?.title ?? '');
        // With a gold headline, the title must be about it; without one, about its own text.
        const about = headline ? new Set(contentTerms(headline)) : (b?.words ?? new Set<string>());
        expect(
          title.some((w) => about.has(w)),
          `${id} → ${other} "${b?.title}" (headline: ${headline ?? 'none'})`,
        ).toBe(true);
      }
  });

  it('gives a digest no related list and never links one', () => {
    for (const [id, list] of related) {
      if (articles.get(id)?.kind === 'digest') expect(list, id).toEqual([]);
      for (const other of list) expect(articles.get(other)?.kind, `${id} → ${other}`).not.toBe('digest');
    }
  });
});
