import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadEntityNames } from '../search/entityNames.ts';
import { buildRecords, writeShard, type ShardJob } from '../search/indexShard.ts';
import type { WorkerTask } from '../search/indexShardWorker.ts';
import {
  byPeriod,
  manifestName,
  planShards,
  shardFolder,
  shardUrl,
  type PlannedArticle,
} from '../search/shardPlan.ts';
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
}

/** What indexing did: pages indexed, shards in the index, how many were rebuilt, seconds spent. */
export interface IndexOutcome {
  pages: number;
  shards: number;
  rebuilt: number;
  seconds: { index: number };
}

/** Pages in a written bundle, from Pagefind's entry file. */
function pageCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  const pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  return pages;
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
  sources: Pick<IndexSources, 'shards' | 'periodCap'>,
  scratch: string,
): ShardJob[] {
  const files = existsSync(articles) ? readdirSync(articles).filter((f) => f.endsWith('.md')) : [];
  const periods = sources.shards ? sources.shards === 'periods' : byPeriod(files.length);
  const planned: PlannedArticle[] = files.map((file) => ({
    file,
    date: periods ? fileDate(join(articles, file)) : null,
  }));
  const plan = planShards(planned, periods, sources.periodCap);
  return plan.files.map((f, i) => ({
    files: f,
    articles,
    vocab,
    period: plan.periods[i] as string,
    records: join(scratch, `${i}.jsonl`),
    ...(plan.count > 1 ? { shard: plan.periods[i] as string } : {}),
  }));
}

// Files of a Pagefind bundle the site never loads: Pagefind's own UIs and highlighter (the page
// is ours), and in every shard but the first its script, worker and WebAssembly (merged shards
// run on the first one's).
const unusedInFirst = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
const unusedInOthers =
  /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|pagefind(-worker)?\.js|wasm\..*\.pagefind)$/;

/**
 * Put shard bundles (newest period first) in place: shard 0 is Pagefind's own `dist/pagefind/`,
 * the others sit in `dist/pagefind/p-<period>/`, and `shards.json` lists them for the search page
 * with their periods and page counts. Returns the pages.
 */
export function assembleIndex(dist: string, bundles: string[], periods: string[]): number {
  const target = join(dist, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  let total = 0;
  const shards = bundles.map((bundle, i) => {
    const period = periods[i] as string;
    const unused = i === 0 ? unusedInFirst : unusedInOthers;
    cpSync(bundle, join(target, shardFolder(i, period)), {
      recursive: true,
      filter: (f) => !unused.test(basename(f)),
    });
    const pages = pageCount(bundle);
    total += pages;
    return { url: shardUrl(i, period), period, pages };
  });
  mkdirSync(target, { recursive: true });
  const manifest = { shards };
  writeFileSync(join(target, manifestName), `${JSON.stringify(manifest)}\n`);
  return total;
}

/** Index one shard on a worker thread (its own Pagefind service). */
function onWorker<T>(task: WorkerTask): Promise<T> {
  const url = new URL('../search/indexShardWorker.ts', import.meta.url);
  return new Promise((done, fail) => {
    const worker = new Worker(url, { workerData: task });
    worker.once('message', (r: T) => done(r));
    worker.once('error', fail);
    worker.once('exit', (code) => code !== 0 && fail(new Error(`search shard worker exited with ${code}`)));
  });
}

/** Run tasks, at most one per core at a time, results in task order. */
async function pooled<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), tasks.length) }, lane));
  return out;
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
  const { names, warnings } = loadEntityNames(vocab);
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
    const index = (i: number) => async () => {
      const job = jobs[i] as ShardJob;
      const output = join(scratch, `bundle-${i}`);
      // One shard needs no thread of its own; several index in parallel, one Pagefind service each.
      if (jobs.length === 1) {
        warnings.push(...buildRecords(job, names).warnings);
        return writeShard(job.records, output, names);
      }
      return onWorker<string[]>({ job, output });
    };
    (await pooled(due.map(index))).forEach((w, k) => {
      const i = due[k] as number;
      warnings.push(...w);
      cache.storeBundle(dirs[i] as string, join(scratch, `bundle-${i}`));
    });
    const indexDone = performance.now();
    const pages = assembleIndex(
      dist,
      bundles,
      jobs.map((j) => j.period),
    );
    if (sources.cache)
      cache.pruneShards(sources.cache, new Set(dirs.map((d) => d.split(/[\\/]/).pop() as string)));
    for (const w of warnings.slice(0, 20)) console.warn(w);
    if (warnings.length > 20) console.warn(`search: … and ${warnings.length - 20} more warnings`);
    return {
      pages,
      shards: jobs.length,
      rebuilt: due.length,
      seconds: { index: Math.round(indexDone - started) / 1000 },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
