import { getCollection, type CollectionEntry } from 'astro:content';

/** One article entry of the content collection. */
export type ArticleEntry = CollectionEntry<'articles'>;

/** Newest first; undated articles last, then by title, so the order never depends on file order. */
export function byDateDesc(a: ArticleEntry, b: ArticleEntry): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.data.title.localeCompare(b.data.title) || (a.id < b.id ? -1 : 1);
}

let cache: Promise<ArticleEntry[]> | undefined;

/** Every article, sorted newest first; loaded once per build. */
export function allArticles(): Promise<ArticleEntry[]> {
  cache ??= getCollection('articles').then((list) => list.sort(byDateDesc));
  return cache;
}
