import { hash32 } from '../../src/lib/shard.ts';

/**
 * How the search index is split. A news archive is read newest first and grows at the new end,
 * so a large one is indexed in shards by publication period: one per year, one per month for a
 * year holding more than `periodCap` articles (and by id hash within a month still larger), and
 * the undated articles in their own shard. A young newest period rides with the periods before it
 * until they hold `periodMin` articles (a first search loads the newest shard first, and every
 * shard searched costs a whole index chunk, however few articles it holds). Each shard is a
 * complete Pagefind bundle depending on its own articles only, so adding articles rebuilds only
 * the shards of their periods. The newest shard is Pagefind's usual `/pagefind/` (the page
 * always loads it first), the others sit in `/pagefind/p-<period>/`, listed newest first,
 * undated last, in `/pagefind/shards.json`.
 */
export interface ShardPlan {
  count: number;
  /** Article file names per shard, sorted. */
  files: string[][];
  /**
   * Each shard's period: `2024`, `2024-05`, `2024-05.2`, `undated`, `all` for one index, or a
   * span `<oldest>..<newest>` of the newest periods grouped (`2023..2025`, `2025-11..2025-12`).
   */
  periods: string[];
}

/** One article to place: its file (`<id>.md`) and its date (`YYYY-MM-DD`, or null). */
export interface PlannedArticle {
  file: string;
  date: string | null;
}

/** Most articles a period's shard holds before it is split (about 2 GB of Pagefind memory). */
export const periodCap = 4000;

/**
 * Fewest articles the newest shard holds when the archive has them: enough for a first page of
 * ten for a word in one article of twenty. A first search loads the newest shard, and on a large
 * archive it cost a whole index chunk (Pagefind's chunks hold 20,000 word positions, a small
 * shard's every word) even when it held only the ten articles dated today.
 */
export const periodMin = 200;

/**
 * Most articles the grouped newest shard holds: each article added to it indexes the whole group
 * again (about 8 ms of CPU each), so a young period stays alone rather than ride with more.
 */
export const newestMax = 1000;

/** Archives up to this size are one index: a few periods' shards would only add requests. */
export const singleIndexMax = 2000;

/** The manifest the search page reads to find every shard. */
export const manifestName = 'shards.json';

/** The period name of undated articles. */
export const undatedPeriod = 'undated';

/**
 * Whether to split by period: `ARCHIVE_SEARCH_SHARDS=1` keeps one index, `=periods` always splits,
 * unset splits archives larger than `singleIndexMax`.
 */
export function byPeriod(articles: number, setting = process.env.ARCHIVE_SEARCH_SHARDS): boolean {
  if (setting === '1') return false;
  if (setting === 'periods') return true;
  return articles > singleIndexMax;
}

/** Split `items` into parts of at most `cap` by id hash, named `<name>.<k>` (a lone part keeps `name`). */
function byHash(name: string, items: PlannedArticle[], cap: number): [string, PlannedArticle[]][] {
  const parts = Math.ceil(items.length / cap);
  if (parts <= 1) return [[name, items]];
  const out = Array.from({ length: parts }, (): PlannedArticle[] => []);
  for (const a of items) out[hash32(a.file.replace(/\.md$/, '')) % parts]?.push(a);
  return out.map((part, k) => [`${name}.${k + 1}`, part]);
}

/** Group articles by a key, keys sorted newest first. */
function groupBy(items: PlannedArticle[], key: (a: PlannedArticle) => string): [string, PlannedArticle[]][] {
  const groups = new Map<string, PlannedArticle[]>();
  for (const a of items) {
    const k = key(a);
    const list = groups.get(k) ?? [];
    if (!list.length) groups.set(k, list);
    list.push(a);
  }
  return [...groups].sort((a, b) => (a[0] < b[0] ? 1 : -1));
}

const byFile = (a: PlannedArticle, b: PlannedArticle) => (a.file < b.file ? -1 : 1);

/**
 * Group the newest dated shards (newest first) while the group holds fewer than `min` articles
 * and taking the next older one keeps it within `max`. Only the newest group depends on what
 * arrives at the new end: older shards keep their periods, and when the young period reaches
 * `min` it stands alone and the ones it rode with are rebuilt once, as they were.
 */
function groupNewest(
  dated: [string, PlannedArticle[]][],
  min: number,
  max: number,
): [string, PlannedArticle[]][] {
  let k = 1;
  let held = dated[0]?.[1].length ?? 0;
  for (; k < dated.length && held < min; k++) {
    const next = (dated[k] as [string, PlannedArticle[]])[1].length;
    if (held + next > max) break;
    held += next;
  }
  if (k <= 1) return dated;
  const group = dated.slice(0, k);
  const name = `${group[k - 1]?.[0]}..${group[0]?.[0]}`;
  return [[name, group.flatMap(([, list]) => list).sort(byFile)], ...dated.slice(k)];
}

/**
 * Plan the shards: one index unless `periods`, else by year, month and hash as above, the newest
 * periods grouped until they hold `min` articles. A year is split by month only when it holds
 * more than `cap` articles, so a shard's period (and its cache key) changes only when its year
 * grows past the cap.
 */
export function planShards(
  articles: PlannedArticle[],
  periods: boolean,
  cap = periodCap,
  min = periodMin,
): ShardPlan {
  const sorted = [...articles].sort(byFile);
  if (!periods || !sorted.length) return { count: 1, files: [sorted.map((a) => a.file)], periods: ['all'] };
  const dated = sorted.filter((a) => a.date);
  const undated = sorted.filter((a) => !a.date);
  let shards: [string, PlannedArticle[]][] = [];
  for (const [year, inYear] of groupBy(dated, (a) => (a.date as string).slice(0, 4))) {
    if (inYear.length <= cap) shards.push([year, inYear]);
    else
      for (const [month, inMonth] of groupBy(inYear, (a) => (a.date as string).slice(0, 7)))
        shards.push(...byHash(month, inMonth, cap));
  }
  shards = groupNewest(shards, min, Math.min(newestMax, cap));
  if (undated.length) shards.push(...byHash(undatedPeriod, undated, cap));
  return {
    count: shards.length,
    files: shards.map(([, list]) => list.map((a) => a.file)),
    periods: shards.map(([name]) => name),
  };
}

/** The folder of shard i inside `dist/pagefind/` ('' for the newest, shard 0). */
export function shardFolder(i: number, period: string): string {
  return i === 0 ? '' : `p-${period}`;
}

/** The URL of shard i's bundle, as the search page passes it to Pagefind. */
export function shardUrl(i: number, period: string): string {
  return i === 0 ? '/pagefind/' : `/pagefind/${shardFolder(i, period)}/`;
}
