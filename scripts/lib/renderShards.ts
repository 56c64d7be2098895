import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { YOUNG_FLAG, heapFlag } from './heap.ts';

/** What one Astro process did: its wall time, how many pages it rendered or reused, and which. */
export interface ShardRun {
  seconds: number;
  rendered: number;
  reused: number;
  /** Every page file of this build, relative to its dist. */
  pages: Set<string>;
}

// Astro lists each page it writes, ending "(restored)" or "(cached)" when the incremental build reused it.
const PAGE_LINE = /├─ \/(\S+) \((restored|cached|\+[^)]*)\)/;

/** Run one Astro build of one shard; resolves with what it did, rejects on failure. */
function buildShard(
  index: number,
  count: number,
  dist: string,
  env: NodeJS.ProcessEnv,
  keepDist: boolean,
): Promise<ShardRun> {
  const started = performance.now();
  const args = [heapFlag(count), YOUNG_FLAG, join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...env,
      ARCHIVE_SHARD: `${index}/${count}`,
      ARCHIVE_DIST: dist,
      // astro.config.mjs: leave the previous output in place (pruneStale removes what is gone).
      ARCHIVE_KEEP_DIST: keepDist ? '1' : '',
      // Each process keeps its own data store: they would otherwise write the same file at once.
      ARCHIVE_CACHE: `${env.ARCHIVE_CACHE ?? 'node_modules/.astro'}${count === 1 ? '' : `-shard-${index}`}`,
    },
  });
  const run = { seconds: 0, rendered: 0, reused: 0, pages: new Set<string>() };
  // The per-page lines are counted, not echoed: at 10,000 articles they are 12,000 lines per build.
  createInterface({ input: child.stdout }).on('line', (raw) => {
    const line = stripVTControlCharacters(raw);
    const page = PAGE_LINE.exec(line);
    if (page) {
      run.pages.add(page[1] ?? '');
      run[page[2]?.startsWith('+') ? 'rendered' : 'reused']++;
    } else if (count === 1 && line.trim()) console.log(line);
  });
  return new Promise((done, reject) =>
    child.on('close', (code) =>
      code === 0
        ? done({ ...run, seconds: (performance.now() - started) / 1000 })
        : reject(new Error(`astro build of shard ${index}/${count} failed (exit ${code})`)),
    ),
  );
}

/** Move a folder, copying when it crosses file systems. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * After a build that kept the previous output, remove every file it did not make: pages it no
 * longer lists, assets it no longer emits. It rewrote everything else (assets, public files,
 * sitemaps, unkeyed pages) or listed it as a page; the search index (`pagefind/`) is the next step's.
 */
function pruneStale(dist: string, pages: Set<string>, since: number): number {
  let removed = 0;
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    const rel = relative(dist, file).split(sep).join('/');
    if (rel.startsWith('pagefind/') || pages.has(rel) || statSync(file).mtimeMs >= since) continue;
    rmSync(file);
    removed++;
  }
  // Folders left empty (a removed article's), deepest first.
  const dirs = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory());
  for (const d of dirs
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .reverse())
    if (readdirSync(d).length === 0) rmSync(d, { recursive: true });
  return removed;
}

/**
 * Render the site in `count` Astro processes at once and merge their article pages into `dist`.
 * Shard 0 renders every shared page into `dist` itself; the others render only their articles.
 * One process renders into the previous `dist` and keeps every page Astro's incremental build
 * reuses where it is (no emptying, no copying back from the cache), then prunes what it no
 * longer makes: emptying and restoring cost more than rendering the pages that changed.
 */
export async function renderShards(dist: string, count: number, env: NodeJS.ProcessEnv): Promise<ShardRun[]> {
  // The other shards write inside the project: Astro keeps its prerender chunks in <outDir>/.prerender,
  // or in ./.astro when outDir is outside the project, where two shards would overwrite each other's.
  const dirs = Array.from({ length: count }, (_, i) =>
    i === 0 ? dist : resolve('node_modules', '.archive-shards', String(i)),
  );
  for (const d of dirs.slice(1)) rmSync(d, { recursive: true, force: true });
  const keepDist = count === 1 && existsSync(dist);
  // File systems stamp times from a coarse clock: allow a second.
  const since = Date.now() - 1000;
  const runs = await Promise.all(dirs.map((d, i) => buildShard(i, count, d, env, keepDist)));
  if (keepDist) pruneStale(dist, runs[0]?.pages ?? new Set(), since);
  const target = join(dist, 'articles');
  mkdirSync(target, { recursive: true });
  for (const d of dirs.slice(1)) {
    const from = join(d, 'articles');
    if (existsSync(from)) for (const page of readdirSync(from)) move(join(from, page), join(target, page));
    rmSync(d, { recursive: true, force: true });
  }
  return runs;
}
