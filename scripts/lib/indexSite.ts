import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readArticleFile } from '../../src/lib/readArticleFile.ts';
import { articleRecord, type SearchableArticle } from '../search/articleRecord.ts';
import { loadEntityNames } from '../search/entityNames.ts';
import { markdownText } from '../search/markdownText.ts';

/** Where the articles and vocabularies come from; the test suite points these at its own folders. */
export interface IndexSources {
  articles?: string;
  vocab?: string;
}

const batchSize = 64;

/** Read one article file into the fields the index needs; null (with a warning) when unusable. */
function readArticle(file: string, warnings: string[]): { article: SearchableArticle; body: string } | null {
  try {
    const parsed = readArticleFile(readFileSync(file, 'utf8'));
    const d = parsed.data;
    const list = (v: unknown) =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    const date = d.date instanceof Date ? d.date.toISOString().slice(0, 10) : d.date;
    if (typeof d.id !== 'string' || typeof d.title !== 'string') throw new Error('no id or title');
    const article: SearchableArticle = {
      id: d.id,
      title: d.title,
      date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      lang: d.lang === 'zh' ? 'zh' : 'en',
      source: typeof d.source === 'string' && d.source ? d.source : null,
      companies: list(d.companies),
      cities: list(d.cities),
      tags: list(d.tags),
    };
    return { article, body: parsed.content };
  } catch (error) {
    warnings.push(`search: skipped ${file}: ${(error as Error).message}`);
    return null;
  }
}

/**
 * Index the articles for search with Pagefind's Node API, straight from their Markdown files
 * (one custom record per article, at the article page's URL), and write the bundle into
 * `<dist>/pagefind/`. Navigation, lists and index pages are never indexed. Returns the page count.
 */
export async function indexSite(dist: string, sources: IndexSources = {}): Promise<number> {
  const articlesDir = sources.articles ?? process.env.ARCHIVE_ARTICLES ?? 'content/articles';
  const { names, warnings } = loadEntityNames(sources.vocab ?? process.env.ARCHIVE_VOCAB ?? 'content/vocab');
  const files = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  try {
    // Records go to the Pagefind service in batches: one round trip at a time is ~10x slower.
    for (let i = 0; i < files.length; i += batchSize) {
      const batch = files.slice(i, i + batchSize).flatMap((file) => {
        const read = readArticle(join(articlesDir, file), warnings);
        return read ? [{ file, record: articleRecord(read.article, markdownText(read.body), names) }] : [];
      });
      const added = await Promise.all(batch.map((b) => index.addCustomRecord(b.record)));
      added.forEach((a, j) => {
        if (a.errors.length) warnings.push(`search: ${batch[j]?.file}: ${a.errors.join('; ')}`);
        else count++;
      });
    }
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const w of warnings.slice(0, 20)) console.warn(w);
  if (warnings.length > 20) console.warn(`search: … and ${warnings.length - 20} more warnings`);
  return count;
}
