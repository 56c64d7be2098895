import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { indexSite } from '../../scripts/lib/indexSite.ts';
import { checkRecall } from '../../scripts/search/recall.ts';
import { measureQueries } from '../../scripts/search/measureQuery.ts';
import { loadPagefind } from '../../scripts/search/nodePagefind.ts';
import { readArticleFile } from '../../src/lib/readArticleFile.ts';
import { runSearch } from '../../src/scripts/search/engine.ts';
import { parseState } from '../../src/scripts/search/state.ts';

const { dist, articles } = inject('site');
const root = join(import.meta.dirname, '..', '..');
const devCorpus = join(root, '..', 'shared', 'eval', 'dev-corpus.txt');

/** Ids of the articles a search lists, all of them. */
async function found(site: string, query: string): Promise<string[]> {
  const { pagefind } = await loadPagefind(site);
  const outcome = await runSearch(pagefind as never, parseState(query));
  return ((await outcome?.load(0, Infinity)) ?? [])
    .map((d) => d.url.replace(/^\/articles\/|\/$/g, ''))
    .sort();
}

/** Ids of the articles whose title or body holds `text`, or that are about `company`. */
function holding(dir: string, text: string, company: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .filter((f) => {
      const { data, content } = readArticleFile(readFileSync(join(dir, f), 'utf8'));
      const companies = Array.isArray(data.companies) ? data.companies : [];
      return `${String(data.title)}\n${content}`.includes(text) || companies.includes(company);
    })
    .map((f) => f.slice(0, -3))
    .sort();
}

describe('search over the sample site', () => {
  it('finds the Jinan article by a word of its body', async () => {
    expect(await found(dist, '?q=Changlingshan')).toEqual(['003-9e9135087321a43a']);
  });

  it('finds every article that contains each sampled Chinese (2–4 characters) and English word', async () => {
    const { checked, misses } = await checkRecall(dist, articles, 400);
    expect(checked).toBeGreaterThan(400);
    expect(misses).toEqual([]);
  });

  it('lists for 华为 exactly the articles that contain 华为 or are about Huawei', async () => {
    const expected = holding(articles, '华为', 'Huawei');
    expect(expected.length).toBeGreaterThan(0);
    expect(await found(dist, '?q=华为')).toEqual(expected);
  });

  it('costs well under 150 kB gzip for a first query, little for the next', async () => {
    const [first, filters, next] = await measureQueries(dist, ['q=Lenovo', 'q=联想']);
    expect(filters?.query).toBe('(filter counts)');
    expect(first?.gzipBytes).toBeLessThan(150_000);
    expect(next?.gzipBytes).toBeLessThan(30_000);
  });
});

describe.skipIf(!existsSync(devCorpus))('search over the annotated dev corpus', () => {
  const base = join(root, 'tests', '.artifacts', 'search-dev');
  const devArticles = join(base, 'articles');
  const devDist = join(base, 'dist');

  it('lists for 华为 exactly the articles that contain 华为 or are about Huawei', async () => {
    rmSync(base, { recursive: true, force: true });
    const ingest = spawnSync(
      process.execPath,
      [
        'scripts/ingest.ts',
        '--no-cache',
        '--quiet',
        '--out',
        devArticles,
        '--report',
        join(base, 'report.json'),
        join(root, 'content', 'sources'),
        devCorpus,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(ingest.status, ingest.stderr).toBe(0);
    await indexSite(devDist, { articles: devArticles });
    const expected = holding(devArticles, '华为', 'Huawei');
    expect(expected.length).toBeGreaterThan(3);
    expect(await found(devDist, '?q=华为')).toEqual(expected);
    for (const word of ['qwertyuiop', 'xylophone', 'jjjjjj', 'Huawie'])
      expect(await found(devDist, `?q=${word}`), word).toEqual([]);
  });
});
