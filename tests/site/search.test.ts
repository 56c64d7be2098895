import { describe, expect, inject, it } from 'vitest';
import { checkRecall } from '../../scripts/search/recall.ts';
import { measureQueries } from '../../scripts/search/measureQuery.ts';
import { loadPagefind } from '../../scripts/search/nodePagefind.ts';
import { runSearch } from '../../src/scripts/search/engine.ts';
import { parseState } from '../../src/scripts/search/state.ts';

const { dist, articles } = inject('site');

describe('search over the sample site', () => {
  it('finds the Jinan article by a word of its body', async () => {
    const { pagefind } = await loadPagefind(dist);
    const outcome = await runSearch(pagefind as never, parseState('?q=Changlingshan'));
    const data = await outcome?.load(0, 10);
    expect(data?.map((d) => d.url)).toEqual(['/articles/003-9e9135087321a43a/']);
  });

  it('finds every article that contains each sampled Chinese (2–4 characters) and English word', async () => {
    const { checked, misses } = await checkRecall(dist, articles, 400);
    expect(checked).toBeGreaterThan(400);
    expect(misses).toEqual([]);
  });

  it('costs well under 150 kB gzip for a first query, little for the next', async () => {
    const [first, filters, next] = await measureQueries(dist, ['q=Lenovo', 'q=联想']);
    expect(filters?.query).toBe('(filter counts)');
    expect(first?.gzipBytes).toBeLessThan(150_000);
    expect(next?.gzipBytes).toBeLessThan(30_000);
  });
});
