/**
 * Index the built site for search (the last step of `npm run build`).
 *
 *   node scripts/index.ts [--bundles]   (ARCHIVE_DIST, ARCHIVE_ARTICLES, ARCHIVE_VOCAB, ARCHIVE_CACHE
 *                            as for the build; ARCHIVE_SEARCH_SHARDS to force a number of search
 *                            shards; --bundles: steps 1–3 only, into the cache, leaving dist/ alone)
 *
 * Workflow:
 *   1. Split the articles into shards by period (scripts/search/shardPlan.ts).
 *   2. Fingerprint each shard (its articles, vocabularies, indexing code, Pagefind's version);
 *      reuse the cached bundle of every shard whose fingerprint is unchanged (a shard depends on
 *      its own articles only).
 *   3. Index the other shards with Pagefind, one per core, and cache them.
 *   4. Assemble `dist/pagefind/` (the newest shard, then `p-<period>/`) and the `shards.json`
 *      manifest, leaving in place the shard folders that already hold their bundle.
 */
import { resolve } from 'node:path';
import { indexSite } from './lib/indexSite.ts';

// --bundles: index the changed shards into the cache only, beside the Astro build (build.ts).
const bundlesOnly = process.argv.includes('--bundles');
const started = performance.now();
const outcome = await indexSite(process.env.ARCHIVE_DIST ?? 'dist', {
  cache: resolve(process.env.ARCHIVE_CACHE ?? 'node_modules/.astro'),
  assemble: !bundlesOnly,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const reused = outcome.shards - outcome.rebuilt;
const what = bundlesOnly ? 'cached' : `${outcome.pages} pages in`;
console.log(
  `index: ${what} ${outcome.shards} shard(s), ${outcome.rebuilt} indexed and ${reused} reused, ` +
    `in ${seconds} s (indexing ${outcome.seconds.index} s)`,
);
