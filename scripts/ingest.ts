/**
 * Ingest: corpus file(s) or folder(s) → one Markdown article per block (INTERFACE §2, §3).
 *
 *   npm run ingest -- [--out DIR] [--report FILE] [--strict] [--quiet] [--tag-orgs] PATH...
 *
 * Workflow:
 *   1. Load the vocabularies and build the recognisers once.
 *   2. Read each corpus file as bytes, decode (invalid UTF-8 replaced) and split into blocks.
 *   3. Run every block through the pure pipeline (scripts/pipeline.ts); a failing block is reported.
 *   4. Merge duplicates and settle id clashes independently of corpus order.
 *   5. Write the articles (a new folder whole, then swapped in; an existing one only where an
 *      article changed); write the report.
 * All I/O lives here; the stages are pure.
 */
import { existsSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gatherCandidates } from './lib/candidates.ts';
import { corpusFiles } from './lib/corpusFiles.ts';
import { blockKey, loadCache, pipelineVersion, saveCache, type CachedResult } from './lib/ingestCache.ts';
import { createProgress } from './lib/progress.ts';
import { readCorpus } from './lib/readCorpus.ts';
import { resolveArticles } from './lib/resolveArticles.ts';
import { summarise } from './lib/report.ts';
import { inspectBlock } from './lib/inspectBlock.ts';
import type { Block, Warning } from './lib/types.ts';
import { contentKey, syncFolder } from './lib/syncFolder.ts';
import type { Article } from './pipeline.ts';
import type { BatchResult } from './lib/processBatch.ts';
import { serialiseArticle } from './lib/serialiseArticle.ts';
import { startWorkers, type WorkerPool } from './lib/workerPool.ts';
import { lacDir } from './vocab/lacModel.ts';
import { availableParallelism } from 'node:os';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content/articles' },
    report: { type: 'string' },
    vocab: { type: 'string', default: 'content/vocab' },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    // Baidu LAC's organisation names as candidates in the report (slow: see README, Companies).
    'tag-orgs': { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run ingest -- [--out DIR] [--report FILE] [--strict] [--tag-orgs] PATH...');
  process.exit(2);
}
const started = performance.now();
const outDir = resolve(values.out);
const reportPath = resolve(
  values.report ??
    (values.out === 'content/articles' ? 'content/ingest-report.json' : `${outDir}.report.json`),
);
const warnings: Warning[] = [];
const articles: Article[] = [];
// Small batches keep both workers busy to the end (two are in flight per worker).
const BATCH = 25;
const PARALLEL_FROM = 400;
// About 400 blocks of ordinary articles.
const EAGER_BYTES = 2_000_000;

let files: string[] = [];
try {
  files = corpusFiles(positionals);
} catch (cause) {
  console.error(`ingest: cannot read corpus path: ${(cause as Error).message}`);
  process.exit(1);
}
// Blocks the previous run already processed with the same code and vocabularies are reused.
const cachePath = `${outDir}.cache.json`;
// A large corpus with no cache to reuse will need the workers: start them now, so that their
// start-up overlaps reading and splitting the corpus (about a second each).
const corpusBytes = files.reduce((n, f) => n + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
const pool: WorkerPool | undefined =
  availableParallelism() > 1 && corpusBytes >= EAGER_BYTES && (values['no-cache'] || !existsSync(cachePath))
    ? startWorkers(values.vocab, { tagger: values['tag-orgs'] })
    : undefined;
const corpus = readCorpus(files);
const { blocks, filesRead } = corpus;
warnings.push(...corpus.warnings);
const blocksRead = blocks.length;
const progress = createProgress(!values.quiet);
const inBatches = (todo: Block[]) =>
  Array.from({ length: Math.ceil(todo.length / BATCH) }, (_, i) => todo.slice(i * BATCH, (i + 1) * BATCH));
const onWorkers = (todo: Block[], p: WorkerPool) => {
  progress.grow(todo.length);
  return p.run(inBatches(todo), (n) => progress.tick(n));
};
// The pool was started because there is no cache to consult: every block is to do, and the
// workers get them before the main thread's own checks, which then overlap their work.
const early = pool && blocks.length >= PARALLEL_FROM ? onWorkers(blocks, pool) : undefined;
for (const block of blocks) warnings.push(...inspectBlock(block));

// The code's own folder, not the working directory: the ingest may run from anywhere.
// Candidates differ with the tagger: its runs keep a cache of their own, keyed by its model too.
const models = values['tag-orgs'] ? [lacDir(resolve(values.vocab))] : [];
const version = `${pipelineVersion(resolve(import.meta.dirname, '..'), resolve(values.vocab), models)}${models.length ? ':lac' : ''}`;
const cache = early || values['no-cache'] ? new Map<string, CachedResult>() : loadCache(cachePath, version);
// Without a cache the key only has to tell blocks apart: the place is enough, and hashing every
// block's text is not free.
const keys = values['no-cache'] ? blocks.map((b) => `${b.file}\0${b.line}`) : blocks.map(blockKey);
// Loaded only when needed: the stages take a noticeable time to load, and with workers the main
// thread has no use for them.
const inProcess = async (todo: Block[]) => {
  if (todo.length === 0) return [];
  progress.grow(todo.length);
  const { processBatch } = await import('./lib/processBatch.ts');
  const { loadContext } = await import('./vocab/context.ts');
  const ctx = loadContext(values.vocab, { tagger: values['tag-orgs'] });
  return inBatches(todo).map((b) => {
    const r = processBatch(b, ctx);
    progress.tick(b.length);
    return r;
  });
};
const todo = early ? [] : blocks.filter((_, i) => !cache.has(keys[i] as string));
// Large corpora use one worker thread per core; small ones are not worth the start-up.
const parallel = todo.length >= PARALLEL_FROM && availableParallelism() > 1;
if (!early && !parallel) await pool?.close();
const results: BatchResult[] = early
  ? await early
  : parallel
    ? await onWorkers(todo, pool ?? startWorkers(values.vocab, { tagger: values['tag-orgs'] }))
    : await inProcess(todo);
progress.stop();
// Every article and warning names its block's file and line: that files the results per block.
const fresh = new Map<string, CachedResult>();
const keyAt = new Map(blocks.map((b, i) => [`${b.file}\0${b.line}`, keys[i] as string]));
const slot = (file: string, line: number) => {
  const key = keyAt.get(`${file}\0${line}`) ?? '';
  const entry = fresh.get(key) ?? { articles: [], warnings: [] };
  fresh.set(key, entry);
  return entry;
};
// The workers serialised their articles; cached and renamed articles are serialised below.
const serialised = new Map<Article, string>();
for (const r of results) {
  r.articles.forEach((a, i) => serialised.set(a, r.files[i] as string));
  for (const a of r.articles) slot(a.meta.origin.file, a.meta.origin.line).articles.push(a);
  for (const w of r.warnings) slot(w.file, w.line).warnings.push(w);
}
const nextCache = new Map<string, CachedResult>();
for (const key of keys) {
  const entry = cache.get(key) ?? fresh.get(key) ?? { articles: [], warnings: [] };
  nextCache.set(key, entry);
  articles.push(...entry.articles);
  warnings.push(...entry.warnings);
}

// Nothing readable: leave the previous articles in place rather than swap in an empty folder.
const nothingRead = filesRead === 0 || blocksRead === 0 || articles.length === 0;
if (nothingRead) {
  for (const w of warnings.slice(0, 20))
    console.error(`${w.file}:${w.line} ${w.name} [${w.kind}] ${w.message}`);
  console.error('ingest: no article could be read; nothing written');
  process.exit(1);
}
if (!values['no-cache']) saveCache(cachePath, version, nextCache);
const resolved = resolveArticles(articles);
warnings.push(...resolved.warnings);
// Only articles whose file would change are serialised and written (scripts/lib/syncFolder.ts).
syncFolder(
  outDir,
  resolved.articles.map((a) => ({
    name: `${a.id}.md`,
    key: contentKey(a.meta, a.body),
    content: () => serialised.get(a) ?? serialiseArticle(a),
  })),
  `${outDir}.files.json`,
  version,
);
warnings.sort((a, b) =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
);
const summary = summarise({
  files: filesRead,
  blocks: blocksRead,
  written: resolved.articles.length,
  warnings,
  ms: performance.now() - started,
});
mkdirSync(dirname(reportPath), { recursive: true });
const candidates = gatherCandidates(resolved.articles);
summary.lines.push(
  `  company candidates for content/vocab/companies.yml: ${candidates.length} (listed in the report)`,
);
writeFileSync(reportPath, JSON.stringify({ ...summary, candidates, warnings }, null, 2) + '\n');
if (!values.quiet) {
  console.log(summary.lines.join('\n'));
  console.log(
    `articles in ${relative(process.cwd(), outDir) || outDir}, report in ${relative(process.cwd(), reportPath)}`,
  );
}
process.exit(values.strict && warnings.length > 0 ? 1 : 0);
