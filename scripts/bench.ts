/**
 * Benchmark: `npm run bench -- --size N [--runs R] [--no-baseline]`
 *
 * Workflow:
 *   1. Make a synthetic corpus of N blocks from real text (the bundled sample and, when present,
 *      ../shared/eval/dev-corpus.txt), keeping their messy shapes.
 *   2. Cold build R times as scripts/build.ts runs it (ingest, then Astro beside the search shards,
 *      then the index assembled), each stage measured for wall time,
 *      CPU time, peak RSS and output size; medians are printed.
 *   3. A second build with nothing changed, then one after adding 10 articles.
 *   4. The same articles through a plain baseline (Astro's default Markdown pipeline + Pagefind CLI),
 *      so the gain is a ratio measured in one run.
 */
import {
  statSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPools, makeCorpus } from './bench/makeCorpus.ts';
import { folderSize, measure, median, type Measured } from './bench/measure.ts';
import { heapFlag } from './lib/heap.ts';
import { describeTally, tallyFetched } from './search/fetchedKinds.ts';
import { measureQueries } from './search/measureQuery.ts';
import { splitCorpus } from './stages/splitCorpus.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    'no-baseline': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    dir: { type: 'string', default: '.bench' },
  },
});
const size = Number(values.size);
const runs = Math.max(1, Number(values.runs));
const root = resolve(values.dir, String(size));
const node = process.execPath;
const astroBin = resolve('node_modules/astro/bin/astro.mjs');

const sources = ['content/sources/sample.txt', '../shared/eval/dev-corpus.txt'].filter((f) => existsSync(f));
const pools = buildPools(sources.flatMap((f) => splitCorpus(readFileSync(f, 'utf8'), f).blocks));
mkdirSync(root, { recursive: true });
const corpus = join(root, 'corpus.txt');
writeFileSync(corpus, makeCorpus(pools, size));
console.log(
  `bench: ${size} synthetic articles from ${sources.join(', ')} (${(statSync(corpus).size / 1e6).toFixed(1)} MB corpus)`,
);

const dirs = { articles: join(root, 'articles'), dist: join(root, 'dist'), cache: join(root, 'cache') };
const env = {
  // A deployed site has a site URL, and with it feeds and a sitemap to build (README, "Deploying").
  SITE_URL: 'https://archive.example.org',
  ...process.env,
  ARCHIVE_ARTICLES: dirs.articles,
  ARCHIVE_DIST: dirs.dist,
  ARCHIVE_CACHE: dirs.cache,
  CORPUS: corpus,
};
type Stage = 'ingest' | 'astro build' | 'search index';
const stageOut: [Stage, string][] = [
  ['ingest', dirs.articles],
  ['astro build', dirs.dist],
  ['search index', join(dirs.dist, 'pagefind')],
];
const ingestArgs = [heapFlag(), 'scripts/ingest.ts', '--quiet', '--out', dirs.articles, corpus];

/** One build's stages, measured, and its own wall time (Astro and the index shards overlap). */
interface Build {
  stages: Record<Stage, Measured>;
  wall: number;
}

/**
 * One full build as `npm run build` runs it (scripts/build.ts): the ingest, then Astro beside the
 * search shards (index.ts --bundles), then the index assembled. The search index's figures are
 * its two steps together. Each stage is printed as it ends: a long run shows its progress.
 */
async function buildOnce(label: string): Promise<Build> {
  const started = performance.now();
  const show = (name: string, m: Measured) =>
    console.log(
      `bench: ${label}, ${name}: ${m.wall.toFixed(1)} s wall, ${m.cpu.toFixed(1)} s CPU, peak ${(m.peakMB ?? NaN).toFixed(0)} MB`,
    );
  const ingest = await measure(node, ingestArgs, env);
  show('ingest', ingest);
  const [astro, shards] = await Promise.all([
    measure(node, ['scripts/render.ts'], env).then((m) => (show('astro build', m), m)),
    measure(node, ['scripts/index.ts', '--bundles'], env, { yields: true }).then(
      (m) => (show('search shards', m), m),
    ),
  ]);
  const assemble = await measure(node, ['scripts/index.ts'], env);
  show('search assemble', assemble);
  const index: Measured = {
    wall: shards.wall + assemble.wall,
    cpu: shards.cpu + assemble.cpu,
    peakMB: Math.max(shards.peakMB ?? 0, assemble.peakMB ?? 0) || null,
    stdout: shards.stdout,
  };
  return {
    stages: { ingest, 'astro build': astro, 'search index': index },
    wall: (performance.now() - started) / 1000,
  };
}

const cold: Build[] = [];
for (let i = 0; i < runs; i++) {
  for (const d of Object.values(dirs)) rmSync(d, { recursive: true, force: true });
  // A cold build starts without the ingest cache too.
  rmSync(`${dirs.articles}.cache.json`, { force: true });
  rmSync(`${dirs.articles}.files.json`, { force: true });
  cold.push(await buildOnce(`cold run ${i + 1}`));
  console.log(`bench: cold run ${i + 1}/${runs} done`);
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const rows: string[][] = [['stage', 'wall s', 'cpu s', 'peak RSS MB', 'output MB', 'files', 'ms/article']];
// Astro and the search shards run at once: the total is the builds' own wall time.
const totalWall = median(cold.map((r) => r.wall));
let maxPeak = 0;
for (const [name, outDir] of stageOut) {
  const wall = median(cold.map((r) => r.stages[name].wall));
  const cpu = median(cold.map((r) => r.stages[name].cpu));
  const peak = median(cold.map((r) => r.stages[name].peakMB ?? NaN));
  const { bytes, files } = folderSize(outDir);
  maxPeak = Math.max(maxPeak, peak || 0);
  rows.push([
    name,
    fmt(wall),
    fmt(cpu),
    fmt(peak, 0),
    fmt(bytes / 1e6),
    String(files),
    fmt((wall * 1000) / size, 2),
  ]);
}
rows.push([
  'total (astro ∥ index)',
  fmt(totalWall),
  fmt(median(cold.map((r) => Object.values(r.stages).reduce((n, m) => n + m.cpu, 0)))),
  fmt(maxPeak, 0),
  fmt(folderSize(dirs.dist).bytes / 1e6),
  '',
  fmt((totalWall * 1000) / size, 2),
]);
const ingestRate = size / median(cold.map((r) => r.stages.ingest.wall));

// What a reader's searches transfer on this site: a first query (with Pagefind's script, wasm and
// every shard's metadata), the filter counts the page loads next, then two more queries.
const queries = await measureQueries(dirs.dist, ['q=Huawei', 'q=联想', 'company=Lenovo&sort=newest']);
// The first query and its filter counts also by shard and kind of file, to see what each costs.
const searchLines = queries.flatMap((c, i) => [
  `search ${c.query.padEnd(28)} ${String(c.results).padStart(6)} results${c.shards ? ` (${c.shards} shards searched)` : ''}  ${fmt(c.gzipBytes / 1024)} kB gzip in ${c.requests} requests, ${c.ms} ms`,
  ...(i < 2 ? [`  ${describeTally(tallyFetched(c.files))}`] : []),
]);

let incremental: string[] = [];
if (!values['no-incremental']) {
  // Each warm build: its total, each stage's wall time, and how many pages Astro rendered or reused.
  const warm = (label: string, build: Build) => {
    const run = build.stages;
    const wall = build.wall;
    const cpu = Object.values(run).reduce((s, m) => s + m.cpu, 0);
    const parts = stageOut
      .map(([name]) => `${name} ${fmt(run[name].wall)} s (${fmt(run[name].cpu)} s CPU)`)
      .join(', ');
    const pages = /(\d+) pages rendered, (\d+) reused/.exec(run['astro build'].stdout);
    const rendered = pages ? `; astro rendered ${pages[1]} pages, reused ${pages[2]}` : '';
    return `${label} ${fmt(wall)} s, ${fmt(cpu)} s CPU (${fmt((100 * wall) / totalWall, 0)}% of cold): ${parts}${rendered}`;
  };
  const again = await buildOnce('nothing changed');
  // News arrives at the new end of the archive: the added articles are dated today.
  const today = new Date().toISOString().slice(0, 10);
  appendFileSync(corpus, makeCorpus(pools, 10, 1, size, today));
  const added = await buildOnce('10 added');
  // The 10 new articles are the newest period: what a first search costs once they are in.
  const [first, counts] = await measureQueries(dirs.dist, ['q=Huawei']);
  incremental = [
    warm('second build, nothing changed:', again),
    warm(`after adding 10 articles dated ${today}:`, added),
    `  then search q=Huawei ${first?.results} results (${first?.shards} shards searched)  ${fmt((first?.gzipBytes ?? NaN) / 1024)} kB gzip in ${first?.requests} requests; filter counts ${fmt((counts?.gzipBytes ?? NaN) / 1024)} kB`,
    `  ${describeTally(tallyFetched(first?.files ?? []))}`,
  ];
}

let baseline: string[] = [];
if (!values['no-baseline']) {
  const bRoot = resolve(values.dir, 'baseline-root');
  rmSync(bRoot, { recursive: true, force: true });
  cpSync('scripts/bench/baseline', bRoot, { recursive: true });
  const bDist = join(root, 'baseline-dist');
  rmSync(bDist, { recursive: true, force: true });
  const bEnv = { ...process.env, BASELINE_ARTICLES: dirs.articles, BASELINE_DIST: bDist };
  const astro = await measure(node, [astroBin, 'build', '--silent', '--root', bRoot], bEnv);
  const pf = await measure(
    node,
    [resolve('node_modules/pagefind/lib/runner/bin.cjs'), '--site', bDist, '--quiet'],
    bEnv,
  );
  const bWall = astro.wall + pf.wall;
  const ours = median(cold.map((r) => r.wall - r.stages.ingest.wall));
  baseline = [
    `baseline astro build: ${fmt(astro.wall)} s, peak ${fmt(astro.peakMB ?? NaN, 0)} MB; pagefind CLI: ${fmt(pf.wall)} s, peak ${fmt(pf.peakMB ?? NaN, 0)} MB`,
    `site + index, ours vs baseline: ${fmt(ours)} s vs ${fmt(bWall)} s (baseline takes ${fmt(bWall / ours, 2)}× as long)`,
  ];
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
console.log(
  `\nbench: ${size} articles, median of ${runs} cold run(s), ${process.versions.node} on ${(await import('node:os')).cpus().length} cores`,
);
for (const r of rows)
  console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
console.log(`ingest rate: ${Math.round(ingestRate)} articles/s`);
for (const line of [...searchLines, ...incremental, ...baseline]) console.log(line);
