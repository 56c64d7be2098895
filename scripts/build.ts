/**
 * Build the whole site (INTERFACE §2 `npm run build`).
 *
 * Workflow:
 *   1. Ingest the corpus (CORPUS=file-or-folder, default content/sources/) into content/articles/.
 *   2. Render the site with Astro into dist/ (scripts/render.ts), and meanwhile index the
 *      articles' changed search shards into the cache (scripts/index.ts --bundles): the index
 *      reads the Markdown files, not the pages, so the two run at once on two cores.
 *   3. Assemble the search index into dist/pagefind/ (after Astro, which may empty dist/).
 */
import { spawn, spawnSync } from 'node:child_process';
import { heapFlag } from './lib/heap.ts';
import { yieldToAstro } from './lib/yieldToAstro.ts';
import { existsSync } from 'node:fs';

const corpus = process.env.CORPUS ?? 'content/sources';
// The test suite builds into its own folders; astro.config.mjs and content.config.ts read the same variables.
const dist = process.env.ARCHIVE_DIST ?? 'dist';
const articles = process.env.ARCHIVE_ARTICLES ?? 'content/articles';

/** Run a Node script with this same Node binary (the project's Node 22), failing loudly. */
function runNode(label: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Run a Node script in the background (`yields`: at a lower priority); resolves with its exit code. */
function startNode(label: string, args: string[], yields = false): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  if (yields) yieldToAstro(child.pid);
  return new Promise((done) =>
    child.on('close', (code) => {
      if (code === 0)
        console.log(`build: ${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      else console.error(`build: ${label} failed (exit ${code})`);
      done(code ?? 1);
    }),
  );
}

if (!existsSync(corpus)) {
  console.error(`build: corpus ${corpus} does not exist (set CORPUS=file-or-folder)`);
  process.exit(1);
}
if (!process.env.SITE_URL?.trim())
  console.warn(
    'build: SITE_URL is not set, so the site has no sitemap, RSS feeds or og:url and its canonical links are relative;\n' +
      '       set it to the public address to deploy: SITE_URL=https://news.example.org npm run build (README, "Deploying")',
  );
runNode('ingest', [heapFlag(), 'scripts/ingest.ts', '--out', articles, corpus]);
const failed = (
  await Promise.all([
    startNode('astro build', ['scripts/render.ts']),
    // Astro is one thread and the longer of the two: the index yields it the CPU (yieldToAstro.ts).
    startNode('search shards', ['scripts/index.ts', '--bundles'], true),
  ])
).find((code) => code !== 0);
if (failed !== undefined) process.exit(failed);
runNode('search index', ['scripts/index.ts']);
console.log(`build: site ready in ${dist}/ — preview it with \`npm run preview\``);
