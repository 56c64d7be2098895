/**
 * Index the built site for search (the last step of `npm run build`).
 *
 *   node scripts/index.ts   (ARCHIVE_DIST, ARCHIVE_ARTICLES, ARCHIVE_VOCAB, ARCHIVE_CACHE as for the build)
 *
 * Workflow:
 *   1. Fingerprint what the index is made from (articles, vocabularies, indexing code, Pagefind).
 *   2. If the previous build indexed exactly that, copy its bundle back (Astro empties dist/).
 *   3. Otherwise index with Pagefind and keep a copy of the bundle for next time.
 */
import { join, resolve } from 'node:path';
import { indexFingerprint, restoreIndex, storeIndex } from './lib/indexCache.ts';
import { indexSite } from './lib/indexSite.ts';

const dist = process.env.ARCHIVE_DIST ?? 'dist';
const articles = process.env.ARCHIVE_ARTICLES ?? 'content/articles';
const vocab = process.env.ARCHIVE_VOCAB ?? 'content/vocab';
const cacheDir = process.env.ARCHIVE_CACHE ?? 'node_modules/.astro';
const target = join(dist, 'pagefind');
const started = performance.now();
const fingerprint = indexFingerprint(resolve(articles), resolve(vocab), process.cwd());
if (restoreIndex(cacheDir, fingerprint, target)) {
  console.log(
    `index: unchanged since the last build; reused (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
} else {
  const pages = await indexSite(dist);
  storeIndex(cacheDir, fingerprint, target);
  console.log(`index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
