/**
 * Ingest: corpus file(s) or folder(s) → one Markdown article per block (INTERFACE §2, §3).
 *
 *   npm run ingest -- [--out DIR] [--report FILE] [--strict] [--quiet] PATH...
 *
 * Workflow:
 *   1. Load the vocabularies and build the recognisers once.
 *   2. Read each corpus file as bytes, decode (invalid UTF-8 replaced) and split into blocks.
 *   3. Run every block through the pure pipeline (scripts/pipeline.ts); a failing block is reported.
 *   4. Merge duplicates and settle id clashes independently of corpus order.
 *   5. Write all articles into a temporary folder and swap it in; write the report.
 * All I/O lives here; the stages are pure.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gatherCandidates } from './lib/candidates.ts';
import { inspectBlock } from './lib/inspectBlock.ts';
import { invalidUtf8Lines } from './lib/invalidUtf8.ts';
import { corpusFiles } from './lib/corpusFiles.ts';
import { blockKey, loadCache, pipelineVersion, saveCache, type CachedResult } from './lib/ingestCache.ts';
import { createProgress } from './lib/progress.ts';
import { resolveArticles } from './lib/resolveArticles.ts';
import { summarise } from './lib/report.ts';
import { warn, type Block, type Warning } from './lib/types.ts';
import { writeFolderAtomically } from './lib/writeAtomically.ts';
import { serialiseArticle, type Article } from './pipeline.ts';
import { processBatch } from './lib/processBatch.ts';
import { runOnWorkers } from './lib/workerPool.ts';
import { availableParallelism } from 'node:os';
import { articleId } from './stages/articleId.ts';
import { decodeText } from './stages/decodeText.ts';
import { splitCorpus } from './stages/splitCorpus.ts';
import { loadContext } from './vocab/context.ts';

/** One warning per block (or for the preamble) that held invalid UTF-8, naming the bad lines. */
function invalidUtf8Warnings(file: string, fileBlocks: Block[], lines: number[]): Warning[] {
  const byBlock = new Map<Block | undefined, number[]>();
  for (const line of lines) {
    const block = fileBlocks.findLast((b) => b.line <= line);
    byBlock.set(block, [...(byBlock.get(block) ?? []), line]);
  }
  return [...byBlock].map(([block, at]) => {
    const where = block ?? { file, line: at[0] ?? 1, name: '' };
    const message = `invalid UTF-8 on line${at.length > 1 ? 's' : ''} ${at.join(', ')} replaced with U+FFFD`;
    return warn(block ? { ...where, id: articleId(block.name, block.text) } : where, 'invalid-utf8', message);
  });
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content/articles' },
    report: { type: 'string' },
    vocab: { type: 'string', default: 'content/vocab' },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run ingest -- [--out DIR] [--report FILE] [--strict] PATH...');
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
const BATCH = 100;
const PARALLEL_FROM = 400;
let filesRead = 0;

let files: string[] = [];
try {
  files = corpusFiles(positionals);
} catch (cause) {
  console.error(`ingest: cannot read corpus path: ${(cause as Error).message}`);
  process.exit(1);
}
const blocks: Block[] = [];
for (const path of files) {
  const file = relative(process.cwd(), path) || path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
    filesRead++;
  } catch (cause) {
    warnings.push(warn({ file, line: 0, name: '' }, 'unreadable-file', (cause as Error).message));
    continue;
  }
  const decoded = decodeText(bytes);
  const split = splitCorpus(decoded.text, file);
  warnings.push(...split.warnings);
  if (decoded.invalidUtf8) warnings.push(...invalidUtf8Warnings(file, split.blocks, invalidUtf8Lines(bytes)));
  for (const block of split.blocks) warnings.push(...inspectBlock(block));
  blocks.push(...split.blocks);
}
const blocksRead = blocks.length;

// Blocks the previous run already processed with the same code and vocabularies are reused.
const cachePath = `${outDir}.cache.json`;
// The code's own folder, not the working directory: the ingest may run from anywhere.
const version = pipelineVersion(resolve(import.meta.dirname, '..'), resolve(values.vocab));
const cache = values['no-cache'] ? new Map<string, CachedResult>() : loadCache(cachePath, version);
const keys = blocks.map(blockKey);
const todo = blocks.filter((_, i) => !cache.has(keys[i] as string));
const progress = createProgress(!values.quiet);
progress.grow(todo.length);
// Large corpora use one worker thread per core; small ones are not worth the start-up.
const batches = Array.from({ length: Math.ceil(todo.length / BATCH) }, (_, i) =>
  todo.slice(i * BATCH, (i + 1) * BATCH),
);
const inProcess = () => {
  const ctx = loadContext(values.vocab);
  return batches.map((b) => {
    const r = processBatch(b, ctx);
    progress.tick(b.length);
    return r;
  });
};
const results =
  todo.length >= PARALLEL_FROM && availableParallelism() > 1
    ? await runOnWorkers(batches, values.vocab, (n) => progress.tick(n))
    : inProcess();
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
for (const r of results) {
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
writeFolderAtomically(outDir, new Map(resolved.articles.map((a) => [`${a.id}.md`, serialiseArticle(a)])));
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
