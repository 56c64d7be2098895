import { allArticles, type ArticleEntry } from './articles.ts';
import { buildIndex, type ArchiveIndex } from './archiveIndex.ts';
import { calendar } from './calendar.ts';
import { articleBody } from './articleBody.ts';
import { relatedArticles } from './related.ts';
import { cachedRelatedInput } from './relatedCache.ts';
import { join } from 'node:path';
import { loadVocab } from './taxonomy.ts';

/** The whole archive's groupings, computed once per build and shared by every page. */
export interface Archive {
  index: ArchiveIndex<ArticleEntry>;
  calendar: ReturnType<typeof calendar>;
  /** Related articles per position, computed on first use. */
  related: () => number[][];
}

let cache: Promise<Archive> | undefined;
const cacheDir = process.env.ARCHIVE_CACHE ?? 'node_modules/.astro';

/** The archive, loaded and indexed on the first call of the build; later calls reuse it. */
export function getArchive(): Promise<Archive> {
  cache ??= allArticles().then((articles) => {
    const index = buildIndex(articles, loadVocab());
    let related: number[][] | undefined;
    return {
      index,
      calendar: calendar(index.articles),
      related: () =>
        (related ??= relatedArticles(
          // The build's cache folder (astro.config.mjs cacheDir) keeps each article's read words.
          cachedRelatedInput(index.articles, articleBody, join(cacheDir, 'related-input.jsonl')),
        )),
    };
  });
  return cache;
}
