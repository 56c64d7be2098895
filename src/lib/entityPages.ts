import {
  byCount,
  byName,
  cooccurring,
  type ArchiveArticle,
  type ArchiveIndex,
  type TermCount,
  type TermStat,
} from './archiveIndex.ts';
import { pageInfo, pageNumber, pageParams, type PageInfo } from './pagination.ts';
import type { Kind, Term } from './taxonomy.ts';
import { timeline, type Timeline } from './timeline.ts';

/** Articles per entity page. */
export const PER_PAGE = 20;

/** How each kind is named in the interface and in the search page's filter parameters. */
export const KIND_INFO: Record<Kind, { label: string; one: string; param: string; related: Kind[] }> = {
  companies: {
    label: 'Companies',
    one: 'company',
    param: 'company',
    related: ['cities', 'tags', 'companies'],
  },
  cities: { label: 'Cities', one: 'city', param: 'city', related: ['companies', 'tags', 'cities'] },
  tags: { label: 'Tags', one: 'tag', param: 'tag', related: ['companies', 'cities', 'tags'] },
};

/** The page of one company, city or tag. */
export function termUrl(term: Pick<Term, 'kind' | 'slug'>): string {
  return `/${term.kind}/${term.slug}/`;
}

/** The search page pre-filtered to one term (`/search/?company=Lenovo`). */
export function searchUrl(term: Pick<Term, 'kind' | 'name'>): string {
  return `/search/?${KIND_INFO[term.kind].param}=${encodeURIComponent(term.name)}`;
}

/** The RSS feed of one term. */
export function feedUrl(term: Pick<Term, 'kind' | 'slug'>): string {
  return `${termUrl(term)}rss.xml`;
}

/** Route parameters for every page of every term of a kind (`[slug]/[...page]`). */
export function entityPaths<T extends ArchiveArticle>(
  index: ArchiveIndex<T>,
  kind: Kind,
): { params: { slug: string; page: string | undefined } }[] {
  return index.terms[kind].flatMap((stat) =>
    pageParams(stat.postings.length, PER_PAGE).map((page) => ({ params: { slug: stat.term.slug, page } })),
  );
}

/** Co-occurring terms of one kind, for an entity page's "appears with" lists. */
export interface CoGroup {
  kind: Kind;
  terms: TermCount[];
  more: number;
}

/** Everything one entity page shows. */
export interface EntityPage<T extends ArchiveArticle> {
  term: Term;
  count: number;
  articles: T[];
  pagination: PageInfo;
  timeline: Timeline;
  together: CoGroup[];
  search: string;
  feed: string;
}

const timelines = new WeakMap<TermStat, Timeline>();

/** A term's timeline, computed once however many pages it has. */
function termTimeline<T extends ArchiveArticle>(index: ArchiveIndex<T>, stat: TermStat): Timeline {
  let t = timelines.get(stat);
  if (!t) timelines.set(stat, (t = timeline(stat.postings.map((i) => index.articles[i]?.data.date ?? null))));
  return t;
}

/**
 * The data of page `page` (a `[...page]` parameter) of the term with `slug`, or undefined for an
 * unknown slug. Shared by company, city and tag pages alike.
 */
export function entityPage<T extends ArchiveArticle>(
  index: ArchiveIndex<T>,
  kind: Kind,
  slug: string,
  page: string | undefined,
  coLimit = 24,
): EntityPage<T> | undefined {
  const stat = index.bySlug[kind].get(slug);
  if (!stat) return undefined;
  const { term, postings } = stat;
  const pagination = pageInfo(termUrl(term), postings.length, PER_PAGE, pageNumber(page));
  const articles = postings
    .slice(pagination.from, pagination.to)
    .map((i) => index.articles[i])
    .filter((a): a is T => a !== undefined);
  const together = KIND_INFO[kind].related
    .map((k) => {
      const all = cooccurring(index, stat, k);
      return { kind: k, terms: all.slice(0, coLimit), more: Math.max(0, all.length - coLimit) };
    })
    .filter((g) => g.terms.length > 0);
  return {
    term,
    count: postings.length,
    articles,
    pagination,
    timeline: termTimeline(index, stat),
    together,
    search: searchUrl(term),
    feed: feedUrl(term),
  };
}

/** Every term of a kind for its index page, by article count or A–Z. */
export function indexTerms<T extends ArchiveArticle>(
  index: ArchiveIndex<T>,
  kind: Kind,
  order: 'count' | 'az',
): TermStat[] {
  return order === 'count' ? index.terms[kind] : [...index.terms[kind]].sort(byName);
}

/** The most-covered terms of a kind, for the home page. */
export function topTerms<T extends ArchiveArticle>(
  index: ArchiveIndex<T>,
  kind: Kind,
  n: number,
): TermStat[] {
  return [...index.terms[kind]].sort(byCount).slice(0, n);
}
