import type { CustomRecord } from 'pagefind';
import { spaceHan } from '../../src/scripts/search/cjk.ts';
import type { EntityNames } from './entityNames.ts';

/** The front-matter fields the search index uses (a subset of the article schema). */
export interface SearchableArticle {
  id: string;
  title: string;
  date: string | null;
  lang: 'en' | 'zh';
  source: string | null;
  companies: string[];
  cities: string[];
  tags: string[];
}

/** The language every record is indexed as: one index, so sort and filter counts span both languages. */
export const indexLanguage = 'en';

/** Canonical names plus their other-language names and aliases, deduplicated. */
function namesOf(list: string[], others: Map<string, string[]>): string[] {
  return [...new Set(list.flatMap((name) => [name, ...(others.get(name) ?? [])]))];
}

/**
 * Turn an article into one Pagefind record. Chinese characters are spaced so the English
 * tokenizer keeps each alone (the page searches a Chinese run as a phrase of them); the entity
 * names in both languages go into a hidden metadata field that is searched but never shown, so
 * `联想` finds an English article about Lenovo and `Jinan` a Chinese one about 济南. Every
 * metadata field is indexed, so the language (a filter, returned with each result) stays out of
 * it: as a word, `en` would match every English article. In a sharded index, `shard` becomes a
 * filter of its own.
 */
export function articleRecord(
  article: SearchableArticle,
  text: string,
  names: EntityNames,
  shard?: string,
): CustomRecord {
  const entityNames = [
    ...namesOf(article.companies, names.company),
    ...namesOf(article.cities, names.city),
    ...namesOf(article.tags, names.tag),
  ];
  // The title is searched through its metadata; leaving it out of the content keeps it out of excerpts.
  const meta: Record<string, string> = { title: spaceHan(article.title) };
  if (article.date) meta.date = article.date;
  if (article.source) meta.source = spaceHan(article.source);
  if (entityNames.length) meta.names = entityNames.map(spaceHan).join(' ');
  const year = article.date?.slice(0, 4);
  return {
    url: `/articles/${article.id}/`,
    content: spaceHan(text.trim() ? text : article.title),
    language: indexLanguage,
    meta,
    filters: {
      company: article.companies,
      city: article.cities,
      tag: article.tags,
      year: year ? [year] : [],
      lang: [article.lang],
      source: article.source ? [article.source] : [],
      // Lets the search page list one shard's results in date order (see engine.ts).
      ...(shard === undefined ? {} : { shard: [shard] }),
    },
    // One sort key: undated articles carry none, so Pagefind leaves them out of a sorted search
    // and the page lists them after the dated ones, whichever the direction.
    ...(article.date ? { sort: { date: article.date } } : {}),
  };
}
