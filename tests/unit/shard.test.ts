import { describe, expect, it } from 'vitest';
import { articlesInShard, parseShard, shardOf, sharedPaths } from '../../src/lib/shard.ts';

describe('build shards', () => {
  it.each([
    ['0/2', { index: 0, count: 2 }],
    ['1/2', { index: 1, count: 2 }],
    ['2/2', { index: 0, count: 1 }],
    ['x', { index: 0, count: 1 }],
    [undefined, { index: 0, count: 1 }],
  ])('parses %s', (spec, shard) => expect(parseShard(spec)).toEqual(shard));

  it('splits articles into disjoint shards that cover them all, leaving shard 0 the shared pages', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `article-${i}`);
    const parts = [0, 1, 2].map((index) => articlesInShard(ids, (x) => x, { index, count: 3 }));
    expect(parts.flat().sort()).toEqual([...ids].sort());
    expect(parts[0]).toEqual([]);
    for (const p of parts.slice(1)) expect(p.length).toBeGreaterThan(400);
    expect(articlesInShard(ids, (x) => x, { index: 0, count: 1 })).toEqual(ids);
  });

  it('puts an article in the same shard whatever else exists', () => {
    expect(shardOf('003-9e9135087321a43a', 4)).toBe(shardOf('003-9e9135087321a43a', 4));
    const alone = articlesInShard(['a'], (x) => x, { index: shardOf('a', 2), count: 2 });
    expect(alone).toEqual(['a']);
  });

  it('renders shared pages in shard 0 only', () => {
    expect(sharedPaths([1, 2], { index: 0, count: 2 })).toEqual([1, 2]);
    expect(sharedPaths([1, 2], { index: 1, count: 2 })).toEqual([]);
  });
});
