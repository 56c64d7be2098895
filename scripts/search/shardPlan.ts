import { hash32 } from '../../src/lib/shard.ts';

/**
 * How the search index is sharded. Each shard is a complete Pagefind bundle over the articles
 * whose id hashes to it; shard 0 is Pagefind's usual `/pagefind/`, shard i > 0 sits in
 * `/pagefind/shard-i/`, and the search page merges them all with Pagefind's `mergeIndex`, listed
 * in `/pagefind/shards.json`. A shard bounds the indexer's memory (Pagefind holds ≈0.5 MB per
 * article), lets shards build in parallel, and can be built on another machine.
 */
export interface ShardPlan {
  count: number;
  /** Article file names per shard, sorted. */
  files: string[][];
}

/** Articles per shard when ARCHIVE_SEARCH_SHARDS does not say: about 2 GB of Pagefind memory. */
export const defaultShardSize = 4000;

/** The manifest the search page reads to find every shard. */
export const manifestName = 'shards.json';

/** Number of shards: `ARCHIVE_SEARCH_SHARDS` when it is a positive integer, else one per 4,000 articles. */
export function shardCount(articles: number, setting = process.env.ARCHIVE_SEARCH_SHARDS): number {
  const asked = Number(setting);
  if (setting && Number.isInteger(asked) && asked >= 1) return asked;
  return Math.max(1, Math.ceil(articles / defaultShardSize));
}

/** Split article files (`<id>.md`) into shards by id hash: a file's shard never depends on the others. */
export function planShards(files: string[], count: number): ShardPlan {
  const out: string[][] = Array.from({ length: count }, () => []);
  for (const file of [...files].sort()) out[hash32(file.replace(/\.md$/, '')) % count]?.push(file);
  return { count, files: out };
}

/** The folder of shard i inside `dist/pagefind/` ('' for shard 0). */
export function shardFolder(i: number): string {
  return i === 0 ? '' : `shard-${i}`;
}

/** The URL of shard i's bundle, as the search page passes it to Pagefind. */
export function shardUrl(i: number): string {
  return i === 0 ? '/pagefind/' : `/pagefind/${shardFolder(i)}/`;
}
