/**
 * Render the site with Astro (the middle step of `npm run build`).
 *
 *   node scripts/render.ts   (ARCHIVE_ARTICLES, ARCHIVE_DIST, ARCHIVE_CACHE; ARCHIVE_SHARDS=n to force)
 *
 * Large archives render in one Astro process per core (src/lib/shard.ts): each shard renders its
 * own articles, shard 0 every shared page, and the article pages are merged into one dist/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { renderShards } from './lib/renderShards.ts';

// Below this many articles a second Astro process costs more than it saves.
const SHARD_FROM = 1500;
const dist = process.env.ARCHIVE_DIST ?? 'dist';
const articles = process.env.ARCHIVE_ARTICLES ?? 'content/articles';
const count = existsSync(articles) ? readdirSync(articles).filter((f) => f.endsWith('.md')).length : 0;
const shards =
  Number(process.env.ARCHIVE_SHARDS) || (count >= SHARD_FROM ? Math.min(availableParallelism(), 4) : 1);
const started = performance.now();
try {
  await renderShards(dist, shards, process.env);
} catch (err) {
  console.error(`render: ${(err as Error).message}`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`render: ${count} articles in ${shards} shard${shards > 1 ? 's' : ''}, ${seconds} s`);
