import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadEntityNames } from '../search/entityNames.ts';
import { buildRecords, writeShard, type ShardJob } from '../search/indexShard.ts';
import { byPeriod, planShards, type PlannedArticle } from '../search/shardPlan.ts';
import { assembleIndex } from './assembleIndex.ts';
import { onWorkers } from './shardWorkers.ts';
import * as cache from './indexCache.ts';

/** Where the articles, vocabularies and shard cache are; the test suite points these at its own folders. */
export interface IndexSources {
  articles?: string;
  vocab?: string;
  /** Keep each shard's bundle here and reuse it while its inputs are unchanged; none: always index. */
  cache?: string;
  /** One index or shards by period; default from ARCHIVE_SEARCH_SHARDS or the article count (shardPlan.ts). */
  shards?: 'one' | 'periods';
  /** Most articles per period shard (tests use a small one to see months split). */
  periodCap?: number;
  /** Fewest articles of the grouped newest shard (shardPlan.ts; tests use 1 to keep every year apart). */
  periodMin?: number;
  /**
   * False: only index the changed shards into the cache and leave `dist` alone, so this can run
   * beside Astro (which may empty `dist`); a later call with the same cache assembles the index.
   */
  assemble?: boolean;
}

/** What indexing did: pages indexed, shards in the index, how many were rebuilt, seconds spent. */
export interface IndexOutcome {
  pages: number;
  shards: number;
  rebuilt: number;
  seconds: { index: number };
}

/** An article file's date from its front matter (the ingest writes `date: "YYYY-MM-DD"` or `date: null`). */
function fileDate(path: string): string | null {
  const head = readFileSync(path, 'utf8').slice(0, 4096);
  return /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(head)?.[1] ?? null;
}

/**
 * The shard jobs of the articles in `articles`: one index, or one shard per period
 * (shardPlan.ts), each job's records to go under `scratch`. A single index carries no shard filter.
 */
export function shardJobs(
  articles: string,
  vocab: string,
  sources: Pick<IndexSources, 'shards' | 'periodCap' | 'periodMin'>,
  scratch: string,
): ShardJob[] {
  const files = existsSync(articles) ? readdirSync(articles).filter((f) => f.endsWith('.md')) : [];
  const periods = sources.shards ? sources.shards === 'periods' : byPeriod(files.length);
  const planned: PlannedArticle[] = files.map((file) => ({
    file,
    date: periods ? fileDate(join(articles, file)) : null,
  }));
  const plan = planShards(planned, periods, sources.periodCap, sources.periodMin);
  return plan.files.map((f, i) => ({
    files: f,
    articles,
    vocab,
    period: plan.periods[i] as string,
    records: join(scratch, `${i}.jsonl`),
    ...(plan.count > 1 ? { shard: plan.periods[i] as string } : {}),
  }));
}

/**
 * Index the articles for search, straight from their Markdown files, into `<dist>/pagefind/`:
 * one Pagefind bundle per shard (shardPlan.ts), each depending on its own articles only, plus
 * `shards.json` listing them for the search page. Shards whose articles are unchanged come from
 * the cache; the others are indexed one per core. Navigation, lists and index pages are never
 * indexed.
 */
export async function indexSite(dist: string, sources: IndexSources = {}): Promise<IndexOutcome> {
  const articles = resolve(sources.articles ?? process.env.ARCHIVE_ARTICLES ?? 'content/articles');
  const vocab = resolve(sources.vocab ?? process.env.ARCHIVE_VOCAB ?? 'content/vocab');
  const scratch = mkdtempSync(join(tmpdir(), 'search-build-'));
  const jobs = shardJobs(articles, vocab, sources, scratch);
  const warnings: string[] = [];
  const shared = sources.cache ? cache.sharedFingerprint(vocab, process.cwd()) : '';
  const dirs = jobs.map((job, i) =>
    sources.cache
      ? cache.shardCacheDir(sources.cache, cache.shardFingerprint(shared, job.period, articles, job.files))
      : join(scratch, `cache-${i}`),
  );
  try {
    const started = performance.now();
    const bundles = dirs.map((d) => cache.bundlePath(d));
    const due = bundles.flatMap((b, i) => (existsSync(join(b, 'pagefind-entry.json')) ? [] : [i]));
    const output = (i: number) => join(scratch, `bundle-${i}`);
    if (jobs.length === 1 && due.length) {
      // One shard needs no thread of its own.
      const job = jobs[0] as ShardJob;
      const loaded = loadEntityNames(vocab);
      warnings.push(...loaded.warnings, ...buildRecords(job, loaded.names).warnings);
      warnings.push(...(await writeShard(job.records, output(0), loaded.names)));
    } else if (due.length) {
      // Several index in parallel, one Pagefind service per thread.
      const replies = await onWorkers(
        due.map((i) => ({ job: jobs[i] as ShardJob, output: output(i) })),
        vocab,
      );
      // Every thread reports the names' warnings (the same ones).
      warnings.push(...new Set(replies.flat()));
    }
    for (const i of due) cache.storeBundle(dirs[i] as string, output(i));
    const indexDone = performance.now();
    for (const w of warnings.slice(0, 20)) console.warn(w);
    if (warnings.length > 20) console.warn(`search: … and ${warnings.length - 20} more warnings`);
    const outcome = {
      shards: jobs.length,
      rebuilt: due.length,
      seconds: { index: Math.round(indexDone - started) / 1000 },
    };
    if (sources.assemble === false && sources.cache) return { pages: 0, ...outcome };
    const pages = assembleIndex(
      dist,
      bundles,
      jobs.map((j) => j.period),
    );
    if (sources.cache)
      cache.pruneShards(sources.cache, new Set(dirs.map((d) => d.split(/[\\/]/).pop() as string)));
    return { pages, ...outcome };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
