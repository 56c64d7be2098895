/**
 * Render the site with Astro (the middle step of `npm run build`).
 *
 *   node scripts/render.ts   (ARCHIVE_ARTICLES, ARCHIVE_DIST, ARCHIVE_CACHE; ARCHIVE_SHARDS=n to force)
 *
 * ARCHIVE_SHARDS=n renders in n Astro processes (src/lib/shard.ts): shard 0 renders every shared
 * page, the others split the articles, and the article pages are merged into one dist/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { renderShards, type ShardRun } from './lib/renderShards.ts';

const dist = process.env.ARCHIVE_DIST ?? 'dist';
const articles = process.env.ARCHIVE_ARTICLES ?? 'content/articles';
const count = existsSync(articles) ? readdirSync(articles).filter((f) => f.endsWith('.md')).length : 0;
const shards = Math.max(1, Number(process.env.ARCHIVE_SHARDS) || 1);
const started = performance.now();
let runs: ShardRun[];
try {
  runs = await renderShards(dist, shards, process.env);
} catch (err) {
  console.error(`render: ${(err as Error).message}`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const sum = (key: 'rendered' | 'reused') => runs.reduce((s, r) => s + r[key], 0);
// scripts/bench.ts reads this line.
console.log(
  `render: ${count} articles in ${shards} shard${shards > 1 ? 's' : ''}, ${seconds} s; ${sum('rendered')} pages rendered, ${sum('reused')} reused`,
);
