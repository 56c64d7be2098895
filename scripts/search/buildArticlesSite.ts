/**
 * Build the site from an existing folder of article files, without the ingest: astro build, then
 * the search index. Used by the search tests (hand-written fixture articles) and the search
 * benchmark (synthetic archives).
 *
 *   node scripts/search/buildArticlesSite.ts ARTICLES_DIR DIST_DIR [--index-only] [--vocab DIR]
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { indexSite } from '../lib/indexSite.ts';

const root = join(import.meta.dirname, '..', '..');

/** Render `articles` into `dist` with Astro (unless indexOnly) and index it; returns the indexed count. */
export async function buildArticlesSite(
  articles: string,
  dist: string,
  opts: { indexOnly?: boolean; vocab?: string; shards?: 'one' | 'periods'; periodMin?: number } = {},
): Promise<number> {
  if (!opts.indexOnly) {
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          ARCHIVE_ARTICLES: resolve(articles),
          ARCHIVE_DIST: resolve(dist),
          ARCHIVE_CACHE: resolve(dist, '..', '.astro-cache'),
        },
      },
    );
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return (
    await indexSite(resolve(dist), {
      articles: resolve(articles),
      vocab: opts.vocab,
      shards: opts.shards,
      periodMin: opts.periodMin,
    })
  ).pages;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const vocabAt = args.indexOf('--vocab');
  const vocab = vocabAt >= 0 ? args[vocabAt + 1] : undefined;
  const [articles, dist] = args.filter((a, i) => !a.startsWith('--') && (vocabAt < 0 || i !== vocabAt + 1));
  if (!articles || !dist) {
    console.error('usage: buildArticlesSite.ts ARTICLES_DIR DIST_DIR [--index-only] [--vocab DIR]');
    process.exit(2);
  }
  const started = performance.now();
  const count = await buildArticlesSite(articles, dist, { indexOnly: args.includes('--index-only'), vocab });
  console.log(
    `indexed ${count} articles into ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
