/**
 * Index the built site for search (the last step of `npm run build`).
 *
 *   node scripts/index.ts   (ARCHIVE_DIST, ARCHIVE_ARTICLES, ARCHIVE_VOCAB, ARCHIVE_CACHE as for the
 *                            build; ARCHIVE_SEARCH_SHARDS to force a number of search shards)
 *
 * Workflow:
 *   1. Split the articles into shards by id hash (one per 4,000 articles unless told).
 *   2. Fingerprint each shard (its articles, vocabularies, indexing code, Pagefind's version);
 *      reuse the cached bundle of every shard whose fingerprint is unchanged (a shard depends on
 *      its own articles only).
 *   3. Index the other shards with Pagefind, one per core, and cache them.
 *   4. Assemble `dist/pagefind/` (shard 0, then `shard-i/`) and the `shards.json` manifest.
 */
import { resolve } from 'node:path';
import { indexSite } from './lib/indexSite.ts';

const started = performance.now();
const outcome = await indexSite(process.env.ARCHIVE_DIST ?? 'dist', {
  cache: resolve(process.env.ARCHIVE_CACHE ?? 'node_modules/.astro'),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const reused = outcome.shards - outcome.rebuilt;
console.log(
  `index: ${outcome.pages} pages in ${outcome.shards} shard(s), ${outcome.rebuilt} indexed and ${reused} reused, ` +
    `in ${seconds} s (indexing ${outcome.seconds.index} s)`,
);
