import {
  byCount,
  byName,
  cooccurring,
  type ArchiveArticle,
  type ArchiveIndex,
  type TermCount,
  type TermStat,
} from './archiveIndex.ts';
import { pageNumber, stablePage, stablePageParams, type StablePage } from './pagination.ts';
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

/**
 * Route parameters for every page of every term of a kind (`[slug]/[...page]`). Older pages are
 * numbered from a term's oldest article (src/lib/pagination.ts `stablePage`), so news arriving
 * today changes a term's first page, not every page it has.
 */
export function entityPaths<T extends ArchiveArticle>(
  index: ArchiveIndex<T>,
  kind: Kind,
): { params: { slug: string; page: string | undefined } }[] {
  return index.terms[kind].flatMap((stat) =>
    stablePageParams(stat.postings.length, PER_PAGE).map((page) => ({
      params: { slug: stat.term.slug, page },
    })),
  );
}

/** Co-occurring terms of one kind, for an entity page's "appears with" lists. */
export interface CoGroup {
  kind: Kind;
  terms: TermCount[];
  more: number;
}

/** A term's figures over all its articles, shown on its first page only. */
export interface EntitySummary {
  count: number;
  timeline: Timeline;
  together: CoGroup[];
}

/**
 * Everything one entity page shows. An older page shows nothing that depends on the term's newer
 * articles (no count, timeline or co-occurrences), so it stays the same as the archive grows.
 */
export interface EntityPage<T extends ArchiveArticle> {
  term: Term;
  description: string;
  articles: T[];
  /** `label` names the page by the dates of its articles. */
  pagination: StablePage & { label: string };
  summary: EntitySummary | null;
  search: string;
  feed: string;
}

/** `2024-05-02 to 2023-11-30`, from a newest-first list; undated articles are named as such. */
function dateSpan(articles: readonly ArchiveArticle[]): string {
  const dates = articles.map((a) => a.data.date).filter((d): d is string => d !== null);
  const span =
    dates.length === 0 ? '' : dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`;
  const undated = dates.length < articles.length ? 'undated' : '';
  return [span, undated].filter(Boolean).join(', ') || 'no articles';
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
  const { info, from, to } = stablePage(termUrl(term), postings.length, PER_PAGE, pageNumber(page));
  const articles = postings
    .slice(from, to)
    .map((i) => index.articles[i])
    .filter((a): a is T => a !== undefined);
  const label = dateSpan(articles);
  const named = `${term.name}${term.zh ? ` (${term.zh})` : ''}`;
  if (info.page > 1)
    return {
      term,
      description: `Archived articles about ${named}, ${label}.`,
      articles,
      pagination: { ...info, label },
      summary: null,
      search: searchUrl(term),
      feed: feedUrl(term),
    };
  const together = KIND_INFO[kind].related
    .map((k) => {
      const all = cooccurring(index, stat, k);
      return { kind: k, terms: all.slice(0, coLimit), more: Math.max(0, all.length - coLimit) };
    })
    .filter((g) => g.terms.length > 0);
  return {
    term,
    description: `${postings.length} archived articles about ${named}.`,
    articles,
    pagination: { ...info, label },
    summary: { count: postings.length, timeline: termTimeline(index, stat), together },
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
