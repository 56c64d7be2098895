import { createHash } from 'node:crypto';
import type { Archive } from './archive.ts';
import type { ArchiveArticle, ArchiveIndex } from './archiveIndex.ts';
import { UNDATED_PER_PAGE } from './calendar.ts';
import { entityPage, entityPaths } from './entityPages.ts';
import { FEED_SIZE } from './feeds.ts';
import { pageInfo, pageNumber, pageParams } from './pagination.ts';
import { relationsOf } from './relations.ts';
import type { Kind } from './taxonomy.ts';

/*
 * Cache keys for the shared pages (Astro's experimental incremental build, astro.config.mjs): each
 * key hashes exactly what its page shows, computed with the same helpers the page renders from, so
 * a rebuild re-renders a tag, company, city, month or feed page only when its own list, counts or
 * neighbours changed. A page's code is Astro's part of the key (it hashes each route's module graph).
 */

const serialised = new WeakMap<object, string>();

/**
 * One listed article as a page can show it: its id and its front matter (never its body), but
 * for its corpus origin, which no page shows (contentDigest.ts).
 */
function articleText(a: ArchiveArticle): string {
  let text = serialised.get(a);
  if (text === undefined) serialised.set(a, (text = JSON.stringify([a.id, { ...a.data, origin: null }])));
  return text;
}

const isArticle = (v: unknown): v is ArchiveArticle =>
  typeof v === 'object' && v !== null && 'id' in v && 'data' in v && typeof v.data === 'object';

/** A short hash of everything a page shows; article entries count by id and front matter. */
export function pageKey(shown: unknown): string {
  const json = JSON.stringify(shown, (_key, value: unknown) =>
    isArticle(value) ? articleText(value) : value,
  );
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('hex')
    .slice(0, 32);
}

/** Give each route path the cache key of what its page shows. */
export function withKeys<P>(paths: P[], shown: (path: P) => unknown): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageKey(shown(path)) }));
}

/** Every page of every term of a kind (`[slug]/[...page]`), keyed by the page's `entityPage` data. */
export function entityPathsKeyed<T extends ArchiveArticle>(index: ArchiveIndex<T>, kind: Kind) {
  return withKeys(entityPaths(index, kind), ({ params }) => {
    const page = entityPage(index, kind, params.slug, params.page);
    // The summary page also lists the term's stated relations ("Set up in"), drawn from all its articles.
    return page?.summary ? [page, relationsOf(index, page.term)] : page;
  });
}

/** One feed path per term of a kind, keyed by the term and the newest articles its feed lists. */
export function feedPathsKeyed<T extends ArchiveArticle>(index: ArchiveIndex<T>, kind: Kind) {
  return index.terms[kind].map((stat) => ({
    params: { slug: stat.term.slug },
    cacheKey: pageKey([stat.term, stat.postings.slice(0, FEED_SIZE).map((i) => index.articles[i])]),
  }));
}

/** Every month page (`archive/[year]/[month]`), keyed by its articles and its neighbours' labels. */
export function monthPathsKeyed(archive: Archive) {
  const months = archive.calendar.years.flatMap((y) => y.months);
  const label = (i: number) => (months[i] ? [months[i].year, months[i].month, months[i].label] : null);
  return months.map((m, i) => ({
    params: { year: m.year, month: m.month },
    cacheKey: pageKey([m.label, archive.index.articles.slice(m.from, m.to), label(i - 1), label(i + 1)]),
  }));
}

/** Every page of the undated list (`archive/undated/[...page]`), keyed by its slice and pager. */
export function undatedPathsKeyed(archive: Archive) {
  const { index, calendar } = archive;
  const total = index.articles.length - calendar.undatedFrom;
  return pageParams(total, UNDATED_PER_PAGE).map((page) => {
    const info = pageInfo('/archive/undated/', total, UNDATED_PER_PAGE, pageNumber(page));
    const from = calendar.undatedFrom;
    return {
      params: { page },
      cacheKey: pageKey([total, info, index.articles.slice(from + info.from, from + info.to)]),
    };
  });
}
