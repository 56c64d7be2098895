// A large archive's search index comes in shards (scripts/search/shardPlan.ts), listed in
// /pagefind/shards.json. Pagefind's mergeIndex searches them together and orders the merged
// results by score; that is right for relevance, but a sorted search's score is a page's rank
// within its own shard, so date order across shards is rebuilt here.
import type { Pagefind, ResultData } from './engine.ts';

/** One raw result handle as Pagefind returns it. */
export interface RawResult {
  id: string;
  data(): Promise<ResultData>;
}

const shardBases = new WeakMap<object, string[]>();

/** How many shards a Pagefind instance searches (1 until openShards has merged more). */
export function shardsOf(pagefind: object): number {
  return shardBases.get(pagefind)?.length ?? 1;
}

/** The bundle URLs of the shards a Pagefind instance searches (for their word lists and names). */
export function basesOf(pagefind: object): string[] {
  return shardBases.get(pagefind) ?? ['/pagefind/'];
}

/**
 * Read the shard manifest under `base` and merge every other shard into the instance, with the
 * same options; without a manifest (an older or unsharded bundle) the instance searches alone.
 */
export async function openShards(
  pagefind: Pagefind,
  base = '/pagefind/',
  options: Record<string, unknown> = {},
): Promise<number> {
  let shards: string[] = [base];
  try {
    const response = await fetch(`${base}shards.json`);
    const listed = response.ok ? ((await response.json()) as { shards?: unknown }).shards : null;
    if (Array.isArray(listed) && listed.every((s) => typeof s === 'string') && listed.length)
      shards = listed as string[];
  } catch {
    // No manifest: one index.
  }
  for (const shard of shards.slice(1)) await pagefind.mergeIndex(shard, options);
  shardBases.set(pagefind, shards);
  return shards.length;
}

/** The options of a search narrowed to one shard (every article carries its shard as a filter). */
export function inShard(options: Record<string, unknown>, shard: number): Record<string, unknown> {
  const filters = (options.filters ?? {}) as Record<string, unknown>;
  return { ...options, filters: { ...filters, shard: { any: [String(shard)] } } };
}

/**
 * Merge per-shard result lists, each already in date order, into one date-ordered list, loading
 * results lazily: showing n results loads about n + shards of them (every listed result has a
 * date: undated ones carry no sort key and follow the merge). Equal dates keep shard order, so
 * the order is stable between calls.
 */
export function mergeByDate(
  lists: RawResult[][],
  newestFirst: boolean,
): (start: number, count: number) => Promise<ResultData[]> {
  const next = lists.map(() => 0);
  const loaded = new Map<RawResult, Promise<ResultData>>();
  const data = (r: RawResult) => {
    let p = loaded.get(r);
    if (!p) loaded.set(r, (p = r.data()));
    return p;
  };
  const key = (d: ResultData) => d.meta.date ?? '';
  const merged: ResultData[] = [];
  const step = async (): Promise<boolean> => {
    const heads = await Promise.all(
      lists.map(async (list, i) => {
        const head = list[next[i] as number];
        return head ? { i, d: await data(head) } : null;
      }),
    );
    let best: { i: number; d: ResultData } | null = null;
    for (const h of heads) {
      if (!h) continue;
      if (!best || (newestFirst ? key(h.d) > key(best.d) : key(h.d) < key(best.d))) best = h;
    }
    if (!best) return false;
    merged.push(best.d);
    next[best.i] = (next[best.i] as number) + 1;
    return true;
  };
  // One merge at a time: a second page asked for while the first loads waits for it.
  let queue: Promise<unknown> = Promise.resolve();
  return (start, count) => {
    const run = queue.then(async () => {
      while (merged.length < start + count && (await step()));
      return merged.slice(start, start + count);
    });
    queue = run.catch(() => undefined);
    return run;
  };
}
