import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { heapFlag } from './heap.ts';

/** What one Astro process did: its wall time and how many pages it rendered or reused. */
export interface ShardRun {
  seconds: number;
  rendered: number;
  reused: number;
}

// Astro lists each page it writes, ending "(restored)" or "(cached)" when the incremental build reused it.
const PAGE_LINE = /├─ \S+ \((restored|cached|\+[^)]*)\)/;

/** Run one Astro build of one shard; resolves with what it did, rejects on failure. */
function buildShard(index: number, count: number, dist: string, env: NodeJS.ProcessEnv): Promise<ShardRun> {
  const started = performance.now();
  const args = [heapFlag(count), join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...env,
      ARCHIVE_SHARD: `${index}/${count}`,
      ARCHIVE_DIST: dist,
      // Each process keeps its own data store: they would otherwise write the same file at once.
      ARCHIVE_CACHE: `${env.ARCHIVE_CACHE ?? 'node_modules/.astro'}${count === 1 ? '' : `-shard-${index}`}`,
    },
  });
  const run = { seconds: 0, rendered: 0, reused: 0 };
  // The per-page lines are counted, not echoed: at 10,000 articles they are 12,000 lines per build.
  createInterface({ input: child.stdout }).on('line', (raw) => {
    const line = stripVTControlCharacters(raw);
    const page = PAGE_LINE.exec(line);
    if (page) run[page[1]?.startsWith('+') ? 'rendered' : 'reused']++;
    else if (count === 1 && line.trim()) console.log(line);
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
 * Render the site in `count` Astro processes at once and merge their article pages into `dist`.
 * Shard 0 renders every shared page into `dist` itself; the others render only their articles.
 */
export async function renderShards(dist: string, count: number, env: NodeJS.ProcessEnv): Promise<ShardRun[]> {
  // The other shards write inside the project: Astro keeps its prerender chunks in <outDir>/.prerender,
  // or in ./.astro when outDir is outside the project, where two shards would overwrite each other's.
  const dirs = Array.from({ length: count }, (_, i) =>
    i === 0 ? dist : resolve('node_modules', '.archive-shards', String(i)),
  );
  for (const d of dirs.slice(1)) rmSync(d, { recursive: true, force: true });
  const runs = await Promise.all(dirs.map((d, i) => buildShard(i, count, d, env)));
  const target = join(dist, 'articles');
  mkdirSync(target, { recursive: true });
  for (const d of dirs.slice(1)) {
    const from = join(d, 'articles');
    if (existsSync(from)) for (const page of readdirSync(from)) move(join(from, page), join(target, page));
    rmSync(d, { recursive: true, force: true });
  }
  return runs;
}
