import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { checkRecall } from '../../scripts/search/recall.ts';
import { measureQueries } from '../../scripts/search/measureQuery.ts';
import { loadPagefind } from '../../scripts/search/nodePagefind.ts';
import { runSearch } from '../../src/scripts/search/engine.ts';
import { parseState } from '../../src/scripts/search/state.ts';
import { holding } from './articlesHolding.ts';
import { devCorpus, devSite } from './buildDev.ts';

const { dist, articles } = inject('site');

/** Ids of the articles a search lists, all of them. */
async function found(site: string, query: string): Promise<string[]> {
  const { pagefind } = await loadPagefind(site);
  const outcome = await runSearch(pagefind as never, parseState(query));
  return ((await outcome?.load(0, Infinity)) ?? [])
    .map((d) => d.url.replace(/^\/articles\/|\/$/g, ''))
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
  it('lists for 华为 exactly the articles that contain 华为 or are about Huawei', async () => {
    const site = devSite();
    if (!site) throw new Error('the dev corpus went missing');
    const { dist: devDist, articles: devArticles } = site;
    const expected = holding(devArticles, '华为', 'Huawei');
    expect(expected.length).toBeGreaterThan(3);
    expect(await found(devDist, '?q=华为')).toEqual(expected);
    for (const word of ['qwertyuiop', 'xylophone', 'jjjjjj', 'Huawie'])
      expect(await found(devDist, `?q=${word}`), word).toEqual([]);
  }, 240_000);
});
