/**
 * Build sharding: a large archive renders in several Astro processes at once (one per core here,
 * or one per machine). Shard 0 renders every shared page (home, indexes, entity pages, feeds),
 * which together weigh about as much as the article pages; the other shards split the articles
 * by id hash, so with two shards the two processes carry similar loads.
 * `ARCHIVE_SHARD=i/n` selects the shard; unset means one shard that renders everything.
 */
export interface Shard {
  index: number;
  count: number;
}

/** Parse `i/n`; anything else is the single shard 0/1. */
export function parseShard(spec: string | undefined): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec ?? '');
  const index = Number(m?.[1] ?? 0);
  const count = Number(m?.[2] ?? 1);
  return count >= 1 && index < count ? { index, count } : { index: 0, count: 1 };
}

/** FNV-1a: a fast, stable 32-bit hash, so an article's shard never depends on other articles. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The shard an article id belongs to: never shard 0 when there are several. */
export function shardOf(id: string, count: number): number {
  return count === 1 ? 0 : 1 + (hash32(id) % (count - 1));
}

/** This build's shard, from the environment. */
export const currentShard: Shard = parseShard(process.env.ARCHIVE_SHARD);

/** Keep the article paths this shard renders. */
export function articlesInShard<T>(items: T[], id: (item: T) => string, shard: Shard = currentShard): T[] {
  return shard.count === 1 ? items : items.filter((item) => shardOf(id(item), shard.count) === shard.index);
}

/** Shared (non-article) paths are rendered by shard 0 only. */
export function sharedPaths<T>(items: T[], shard: Shard = currentShard): T[] {
  return shard.index === 0 ? items : [];
}
