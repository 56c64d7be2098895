// Searching with Pagefind's browser API; no DOM here, so Node tests run the same code as the page.
import { spaceHanWords } from './cjk.ts';
import { inShard, mergeByDate, shardsOf, unfilteredArticles, withoutVocabulary } from './shards.ts';
import { facets, type Facet, type SearchState } from './state.ts';

/** The parts of Pagefind's browser API the page uses. */
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<RawSearch | null>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}
/** Counts per value, per filter facet. */
export type FilterCounts = Record<string, Record<string, number>>;
/** One result's loaded data. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface RawSearch {
  results: { id: string; data(): Promise<ResultData> }[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters?: FilterCounts;
}
/** A finished search: how many matched, per-facet counts, and a loader for any slice of the results. */
export interface SearchOutcome {
  total: number;
  unfiltered: number;
  counts: FilterCounts;
  load(start: number, count: number): Promise<ResultData[]>;
}

/** The query as Pagefind should see it: Chinese cut into the same words the index holds. */
export function prepareQuery(q: string): string | null {
  const term = spaceHanWords(q).replace(/\s+/g, ' ').trim();
  return term ? term : null;
}

/** Pagefind search options for a state: values of one facet are alternatives, facets combine. */
export function searchOptions(state: SearchState, term: string | null): Record<string, unknown> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of facets) if (state.filters[facet].length) filters[facet] = { any: state.filters[facet] };
  const sort =
    state.sort === 'newest' || (state.sort === 'relevance' && term === null)
      ? { newest: 'desc' }
      : state.sort === 'oldest'
        ? { oldest: 'asc' }
        : undefined;
  return sort ? { filters, sort } : { filters };
}

const filtersLoaded = new WeakSet<Pagefind>();

/**
 * Load every filter's page lists, once. Pagefind counts only the filters it has loaded, and on a
 * large archive they weigh more than the rest of a first search, so the page asks for them only
 * after the first results are on screen.
 */
export async function loadFilterCounts(pagefind: Pagefind): Promise<void> {
  if (filtersLoaded.has(pagefind)) return;
  await pagefind.filters();
  filtersLoaded.add(pagefind);
}

/** True once loadFilterCounts has run, so search counts cover every facet. */
export function filterCountsLoaded(pagefind: Pagefind): boolean {
  return filtersLoaded.has(pagefind);
}

/** Run one search; null when nothing is asked (no words and no filters) or a newer search overtook it. */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome | null> {
  const term = prepareQuery(state.q);
  if (term === null && !facets.some((f: Facet) => state.filters[f].length)) return null;
  const shards = shardsOf(pagefind);
  const all = Array.from({ length: shards }, (_, i) => i);
  const options = shards > 1 ? withoutVocabulary(searchOptions(state, term)) : searchOptions(state, term);
  // A sorted search over several shards also asks each shard alone, for its own date order.
  const [raw, ...perShard] = await Promise.all([
    pagefind.search(term, options),
    ...('sort' in options && shards > 1 ? all.map((i) => pagefind.search(term, inShard(options, i))) : []),
  ]);
  if (!raw || perShard.some((s) => !s)) return null;
  const load = perShard.length
    ? mergeByDate(
        perShard.map((s) => s?.results ?? []),
        state.sort !== 'oldest',
      )
    : (start: number, count: number) =>
        Promise.all(raw.results.slice(start, start + count).map((r) => r.data()));
  const unfiltered =
    shards > 1 ? unfilteredArticles(raw.unfilteredResultCount, raw.totalFilters) : raw.unfilteredResultCount;
  return { total: raw.results.length, unfiltered, counts: raw.filters, load };
}
