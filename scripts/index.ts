/**
 * Index the built site for search (the last step of `npm run build`).
 *
 *   node scripts/index.ts   (ARCHIVE_DIST, ARCHIVE_ARTICLES as for the build)
 */
import { indexSite } from './lib/indexSite.ts';

const dist = process.env.ARCHIVE_DIST ?? 'dist';
const started = performance.now();
const pages = await indexSite(dist);
console.log(`index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
