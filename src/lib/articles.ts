import { getCollection, type CollectionEntry } from 'astro:content';
import { compareArticles } from './archiveIndex.ts';

/** One article entry of the content collection. */
export type ArticleEntry = CollectionEntry<'articles'>;

/** Newest first; undated articles last, then by title, so the order never depends on file order. */
export const byDateDesc: (a: ArticleEntry, b: ArticleEntry) => number = compareArticles;

let cache: Promise<ArticleEntry[]> | undefined;

/** Every article, sorted newest first; loaded once per build. */
export function allArticles(): Promise<ArticleEntry[]> {
  cache ??= getCollection('articles').then((list) => list.sort(byDateDesc));
  return cache;
}
