// A large archive's search index comes in shards by period (scripts/search/shardPlan.ts), listed
// newest first in /pagefind/shards.json. The page merges them into one Pagefind instance with
// mergeIndex as a search needs them: newest first, so a first search loads one shard. Pagefind
// orders merged results by score; that is right for relevance, but a sorted search's score is a
// page's rank within its own shard, so date order across shards is rebuilt here.
import type { Pagefind, ResultData } from './engine.ts';
import { coversYear } from './periods.ts';

/** One raw result handle as Pagefind returns it. */
export interface RawResult {
  id: string;
  data(): Promise<ResultData>;
}

/** One shard as the manifest lists it: its bundle URL, its period, its page count. */
export interface ShardInfo {
  url: string;
  period: string;
  pages: number;
}
interface Opened {
  all: ShardInfo[];
  loaded: Set<string>;
  options: Record<string, unknown>;
}
const opened = new WeakMap<object, Opened>();
const single = (base: string): Opened => ({
  all: [{ url: base, period: 'all', pages: 0 }],
  loaded: new Set([base]),
  options: {},
});

/** The shards an instance has merged so far, in manifest order (newest first, undated last). */
export function loadedShards(pagefind: object): ShardInfo[] {
  const o = opened.get(pagefind);
  return o ? o.all.filter((s) => o.loaded.has(s.url)) : [];
}

/** How many shards the archive's index has (1 for one index). */
export function shardsOf(pagefind: object): number {
  return opened.get(pagefind)?.all.length ?? 1;
}

/** The bundle URLs of the shards an instance has merged (for their word lists and names). */
export function basesOf(pagefind: object): string[] {
  return loadedShards(pagefind).map((s) => s.url);
}

/** True for the shard(s) of undated articles (they carry no sort key). */
export function isUndated(period: string): boolean {
  return period === 'undated' || period.startsWith('undated.');
}

/** The year filter values a state asks for (also the periods' years), or none. */
type Scope = { years: string[]; sort: string };

/**
 * The shards a search needs, in the order to load them: the chosen years' periods only; oldest
 * first for an oldest-first list; otherwise newest first. Undated articles come last either way.
 */
export function searchOrder(pagefind: object, scope: Scope): ShardInfo[] {
  const all = opened.get(pagefind)?.all ?? [];
  if (all.length === 1) return all;
  const dated = all.filter((s) => !isUndated(s.period));
  const undated = all.filter((s) => !dated.includes(s));
  if (scope.years.length) return dated.filter((s) => scope.years.some((y) => coversYear(s.period, y)));
  return scope.sort === 'oldest' ? [...dated.reverse(), ...undated] : [...dated, ...undated];
}

/** The shards a search still needs and has not loaded, in load order. */
export function pendingShards(pagefind: object, scope: Scope): ShardInfo[] {
  const o = opened.get(pagefind);
  return o ? searchOrder(pagefind, scope).filter((s) => !o.loaded.has(s.url)) : [];
}

/**
 * The shards whose results a search lists now: the loaded ones at the head of its order, so a
 * list never shows a later period before an earlier one has been searched.
 */
export function countedShards(pagefind: object, scope: Scope): ShardInfo[] {
  const o = opened.get(pagefind);
  const out: ShardInfo[] = [];
  for (const s of searchOrder(pagefind, scope)) {
    if (!o?.loaded.has(s.url)) break;
    out.push(s);
  }
  return out;
}

/** Merge more shards into the instance (each fetches its own metadata; the WASM is shared). */
export async function loadShards(pagefind: Pagefind, shards: ShardInfo[]): Promise<void> {
  const o = opened.get(pagefind);
  if (!o) return;
  for (const s of shards) {
    if (o.loaded.has(s.url)) continue;
    o.loaded.add(s.url);
    await pagefind.mergeIndex(s.url, o.options);
  }
}

/**
 * Read the shard manifest under `base`; the first (newest) shard is the instance's own index.
 * With `all`, merge every other shard at once (tests and tools); otherwise the page merges them
 * as searches need them (loadShards). Without a manifest the instance searches alone.
 */
export async function openShards(
  pagefind: Pagefind,
  base = '/pagefind/',
  options: Record<string, unknown> = {},
  all = true,
): Promise<number> {
  let shards: ShardInfo[] = [];
  try {
    const response = await fetch(`${base}shards.json`);
    const listed = response.ok ? ((await response.json()) as { shards?: unknown }).shards : null;
    if (Array.isArray(listed))
      shards = listed.filter((s): s is ShardInfo => Boolean(s) && typeof (s as ShardInfo).url === 'string');
  } catch {
    // No manifest: one index.
  }
  const o = shards.length
    ? { all: shards, loaded: new Set([shards[0]?.url as string]), options }
    : single(base);
  opened.set(pagefind, o);
  if (all) await loadShards(pagefind, o.all);
  return o.all.length;
}

/** The options of a search narrowed to some shards (every article carries its shard as a filter). */
export function inShards(options: Record<string, unknown>, shards: string[]): Record<string, unknown> {
  const filters = (options.filters ?? {}) as Record<string, unknown>;
  return { ...options, filters: { ...filters, shard: { any: shards } } };
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
