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
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadEntityNames } from '../search/entityNames.ts';
import { buildRecords, writeShard, type RecordsResult, type ShardJob } from '../search/indexShard.ts';
import type { WorkerTask } from '../search/indexShardWorker.ts';
import { manifestName, planShards, shardCount, shardFolder, shardUrl } from '../search/shardPlan.ts';
import { missingWords } from '../search/shardVocabulary.ts';
import * as cache from './indexCache.ts';

/** Where the articles, vocabularies and shard cache are; the test suite points these at its own folders. */
export interface IndexSources {
  articles?: string;
  vocab?: string;
  /** Keep each shard's bundle here and reuse it while its inputs are unchanged; none: always index. */
  cache?: string;
  /** Number of shards; default from ARCHIVE_SEARCH_SHARDS or the article count (shardPlan.ts). */
  shards?: number;
}

/** What indexing did: pages indexed, shards in the index, how many were rebuilt, seconds per pass. */
export interface IndexOutcome {
  pages: number;
  shards: number;
  rebuilt: number;
  seconds: { words: number; index: number };
}

/** Pages in a written bundle (the hidden vocabulary record excluded), from Pagefind's entry file. */
function pageCount(bundle: string, sharded: boolean): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  const pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  return sharded && pages > 0 ? pages - 1 : pages;
}

/**
 * The shard jobs of the articles in `articles`: their files split by id hash (shardPlan.ts) into
 * `count` shards (default from the article count), each job's records to go under `scratch`.
 * A single shard carries no shard filter.
 */
export function shardJobs(
  articles: string,
  vocab: string,
  count: number | undefined,
  scratch: string,
): ShardJob[] {
  const files = existsSync(articles) ? readdirSync(articles).filter((f) => f.endsWith('.md')) : [];
  const plan = planShards(files, count ?? shardCount(files.length));
  return plan.files.map((f, i) => ({
    files: f,
    articles,
    vocab,
    records: join(scratch, `${i}.jsonl`),
    ...(plan.count > 1 ? { shard: i } : {}),
  }));
}

/**
 * Put shard bundles in place: shard 0 is Pagefind's own `dist/pagefind/`, shard i sits in
 * `dist/pagefind/shard-i/`, and `shards.json` lists them for the search page. Returns the pages.
 */
export function assembleIndex(dist: string, bundles: string[], sharded: boolean): number {
  const target = join(dist, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  let pages = 0;
  for (const [i, bundle] of bundles.entries()) {
    cpSync(bundle, join(target, shardFolder(i)), { recursive: true });
    pages += pageCount(bundle, sharded);
  }
  mkdirSync(target, { recursive: true });
  const manifest = { shards: bundles.map((_, i) => shardUrl(i)) };
  writeFileSync(join(target, manifestName), `${JSON.stringify(manifest)}\n`);
  return pages;
}

/** Run one pass of one shard on a worker thread (its own Pagefind service). */
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
 * one Pagefind bundle per shard (shardPlan.ts), each taught the words only other shards have
 * (shardVocabulary.ts), plus `shards.json` listing them for the search page. Shards whose
 * articles and vocabulary are unchanged come from the cache; the others are indexed one per core.
 * Navigation, lists and index pages are never indexed.
 */
export async function indexSite(dist: string, sources: IndexSources = {}): Promise<IndexOutcome> {
  const articles = resolve(sources.articles ?? process.env.ARCHIVE_ARTICLES ?? 'content/articles');
  const vocab = resolve(sources.vocab ?? process.env.ARCHIVE_VOCAB ?? 'content/vocab');
  const scratch = mkdtempSync(join(tmpdir(), 'search-build-'));
  const jobs = shardJobs(articles, vocab, sources.shards, scratch);
  const sharded = jobs.length > 1;
  const { names, warnings } = loadEntityNames(vocab);
  const shared = sources.cache ? cache.sharedFingerprint(vocab, process.cwd()) : '';
  const dirs = jobs.map((job, i) =>
    sources.cache
      ? cache.shardCacheDir(
          sources.cache,
          cache.shardFingerprint(shared, `${i}/${jobs.length}`, articles, job.files),
        )
      : join(scratch, `cache-${i}`),
  );
  try {
    const started = performance.now();
    // Pass 1: every shard's words (cached per shard), to know what each shard lacks.
    const tokens = dirs.map((d) => (sharded ? cache.readTokens(d) : []));
    const wordsDue = tokens.flatMap((t, i) => (t ? [] : [i]));
    const built = await pooled(
      wordsDue.map(
        (i) => () => onWorker<RecordsResult>({ pass: 'records', job: jobs[i]!, withTokens: true }),
      ),
    );
    built.forEach((r, k) => {
      const i = wordsDue[k] as number;
      warnings.push(...r.warnings);
      tokens[i] = r.tokens ?? [];
      cache.writeTokens(dirs[i] as string, tokens[i]);
    });
    const all = new Set(tokens.flatMap((t) => t ?? []));
    const missing = tokens.map((t) => (sharded ? missingWords(all, new Set(t ?? [])) : []));
    const vocabularies = missing.map((m) => cache.vocabularyHash(m));
    const wordsDone = performance.now();
    // Pass 2: index every shard whose bundle is not cached for its articles and vocabulary.
    const bundles = dirs.map((d, i) => cache.bundlePath(d, vocabularies[i] as string));
    const due = bundles.flatMap((b, i) => (existsSync(join(b, 'pagefind-entry.json')) ? [] : [i]));
    const index = (i: number) => async () => {
      const job = jobs[i] as ShardJob;
      const output = join(scratch, `bundle-${i}`);
      if (!sharded) {
        warnings.push(...buildRecords(job, names, false).warnings);
        return writeShard(job.records, [], output);
      }
      if (!existsSync(job.records))
        warnings.push(
          ...(await onWorker<RecordsResult>({ pass: 'records', job, withTokens: false })).warnings,
        );
      return onWorker<string[]>({ pass: 'index', job, missing: missing[i] ?? [], output });
    };
    (await pooled(due.map(index))).forEach((w, k) => {
      const i = due[k] as number;
      warnings.push(...w);
      cache.storeBundle(dirs[i] as string, vocabularies[i] as string, join(scratch, `bundle-${i}`));
    });
    const indexDone = performance.now();
    const pages = assembleIndex(dist, bundles, sharded);
    if (sources.cache)
      cache.pruneShards(sources.cache, new Set(dirs.map((d) => d.split(/[\\/]/).pop() as string)));
    for (const w of warnings.slice(0, 20)) console.warn(w);
    if (warnings.length > 20) console.warn(`search: … and ${warnings.length - 20} more warnings`);
    const seconds = {
      words: Math.round(wordsDone - started) / 1000,
      index: Math.round(indexDone - wordsDone) / 1000,
    };
    return { pages, shards: jobs.length, rebuilt: due.length, seconds };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
