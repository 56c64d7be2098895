// Searching with Pagefind's browser API; no DOM here, so Node tests run the same code as the page.
import { exactQuery, prepareQuery, queryTerms, type Term } from './query.ts';
import { holdingAll, listLoader, maxRecount, recount, thenLoader } from './resultLists.ts';
import {
  countedShards,
  inShards,
  isUndated,
  loadShards,
  loadedShards,
  mergeByDate,
  pendingShards,
  shardsOf,
} from './shards.ts';
import { facets, type Facet, type SearchState } from './state.ts';

export { prepareQuery } from './query.ts';

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
  filters?: Record<string, string[]>;
}
/** One result handle as Pagefind returns it. */
export interface RawResult {
  id: string;
  data(): Promise<ResultData>;
}
/** One search response as Pagefind returns it. */
export interface RawSearch {
  results: RawResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters?: FilterCounts;
}
/** A finished search: how many matched, per-facet counts, and a loader for any slice of the results. */
export interface SearchOutcome {
  total: number;
  unfiltered: number;
  counts: FilterCounts;
  /** Terms no article contains (Pagefind's own answer, if any, came from a shorter word). */
  unknown: string[];
  /** True when Pagefind answered with shorter words and every such result was dropped. */
  prefixOnly: boolean;
  /** The periods searched (the manifest's names; `all` for one index). */
  periods: string[];
  /** Shards the search needs and has not loaded yet (their results are not counted). */
  pending: number;
  load(start: number, count: number): Promise<ResultData[]>;
}

/** Pagefind search options for a state: values of one facet are alternatives, facets combine. */
export function searchOptions(state: SearchState, term: string | null): Record<string, unknown> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of facets) if (state.filters[facet].length) filters[facet] = { any: state.filters[facet] };
  const sort =
    state.sort === 'newest' || (state.sort === 'relevance' && term === null)
      ? { date: 'desc' }
      : state.sort === 'oldest'
        ? { date: 'asc' }
        : undefined;
  return sort ? { filters, sort } : { filters };
}

const filtersLoaded = new WeakMap<Pagefind, number>();

/**
 * Load every filter's page lists of the shards merged so far. Pagefind counts only the filters it
 * has loaded, and on a large archive they weigh more than the rest of a first search, so the page
 * asks for them only after the first results are on screen, and only for the shards searched.
 */
export async function loadFilterCounts(pagefind: Pagefind): Promise<void> {
  const shards = loadedShards(pagefind).length;
  if (filtersLoaded.get(pagefind) === shards) return;
  await pagefind.filters();
  filtersLoaded.set(pagefind, shards);
}

/** True once loadFilterCounts has run for every shard merged, so search counts cover every facet. */
export function filterCountsLoaded(pagefind: Pagefind): boolean {
  return filtersLoaded.get(pagefind) === loadedShards(pagefind).length;
}

/** The scope that decides which shards a state's search needs. */
function scopeOf(state: SearchState): { years: string[]; sort: string } {
  return { years: state.filters.year, sort: state.sort };
}

/**
 * Search, merging shards in the state's order until `want` results are listed or every shard it
 * needs is in: a first search on a large archive loads one period.
 */
export async function searchUntil(
  pagefind: Pagefind,
  state: SearchState,
  want: number,
): Promise<SearchOutcome | null> {
  let outcome = await runSearch(pagefind, state);
  while (outcome && outcome.total < want && outcome.pending > 0) {
    await loadShards(pagefind, pendingShards(pagefind, scopeOf(state)).slice(0, 1));
    outcome = await runSearch(pagefind, state);
  }
  return outcome;
}

/** Merge every shard the state needs (the reader asked for all years), then search. */
export async function searchAll(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome | null> {
  await loadShards(pagefind, pendingShards(pagefind, scopeOf(state)));
  return runSearch(pagefind, state);
}

/** Nothing listed yet: the first shard the search needs is still to load. */
function emptyOutcome(pending: number): SearchOutcome {
  const load = async () => [];
  return { total: 0, unfiltered: 0, counts: {}, unknown: [], prefixOnly: false, periods: [], pending, load };
}

/** Run one search; null when nothing is asked (no words and no filters) or a newer search overtook it. */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome | null> {
  const terms = queryTerms(state.q);
  const term = prepareQuery(state.q);
  if (term === null && !facets.some((f: Facet) => state.filters[f].length)) return null;
  const scope = scopeOf(state);
  const counted = countedShards(pagefind, scope).map((s) => s.period);
  const pending = pendingShards(pagefind, scope).length;
  // Over several shards every search names those it counts: a loaded shard later in the order
  // than one still to load is left out, so lists grow at their end only.
  const base = searchOptions(state, term);
  const sharded = shardsOf(pagefind) > 1;
  if (sharded && !counted.length) return emptyOutcome(pending);
  const options = sharded ? inShards(base, counted) : base;
  const filtersOnly = { filters: options.filters };
  const sorted = 'sort' in options;
  // Pagefind's ranked search matches any indexed word beginning with a query word, and a word it
  // lacks by a shorter one; the exact search of each term tells which of its pages really hold it.
  // Undated articles carry no sort key, so a sorted search lists the dated ones and the undated
  // follow; over several shards each shard is asked for its own date order.
  const [raw, exact, dated] = await Promise.all([
    pagefind.search(term, filtersOnly),
    Promise.all(terms.map((t: Term) => pagefind.search(exactQuery(t), filtersOnly))),
    Promise.all(
      !sorted
        ? []
        : sharded
          ? counted.filter((p) => !isUndated(p)).map((p) => pagefind.search(term, inShards(base, [p])))
          : [pagefind.search(term, options)],
    ),
  ]);
  if (!raw || exact.some((e) => !e) || dated.some((s) => !s)) return null;
  const exacts = exact as RawSearch[];
  const keep = terms.length ? holdingAll(exacts) : null;
  const kept = (list: RawResult[]) => (keep ? list.filter((r) => keep.has(r.id)) : list);
  const results = kept(raw.results);
  // One term: its exact search's handles give excerpts marked at the phrase, not at each character.
  const single = exacts.length === 1 ? new Map(exacts[0]?.results.map((r) => [r.id, r])) : null;
  const handle = (r: RawResult) => single?.get(r.id) ?? r;
  let load = listLoader(results.map(handle));
  if (sorted) {
    const lists = (dated as RawSearch[]).map((s) => kept(s.results).map(handle));
    const withDate = new Set(lists.flat().map((r) => r.id));
    const undated = listLoader(results.filter((r) => !withDate.has(r.id)).map(handle));
    const byDate =
      lists.length > 1 ? mergeByDate(lists, state.sort !== 'oldest') : listLoader(lists[0] ?? []);
    load = thenLoader(byDate, withDate.size, undated);
  }
  const dropped = raw.results.length - results.length;
  let counts = raw.filters;
  if (exacts.length === 1 && exacts[0]) counts = exacts[0].filters;
  else if (dropped > 0 && dropped <= maxRecount)
    counts = await recount(
      raw.filters,
      raw.results.filter((r) => !keep?.has(r.id)),
    );
  // Pagefind's unfiltered counts are of pages holding the words anywhere, before the exact check,
  // so the searches are rerun without filters when their answer matters: nothing matched.
  const filtered = facets.some((f) => state.filters[f].length > 0);
  let unfiltered = results.length;
  if (filtered && results.length === 0) {
    const none = Object.fromEntries(facets.map((f) => [f, []])) as unknown as SearchState['filters'];
    unfiltered = (await runSearch(pagefind, { ...state, filters: none }))?.total ?? 0;
  }
  const unknown: string[] = [];
  // A term is unknown once every shard has been searched for it, filters aside.
  const everything = loadedShards(pagefind).length === shardsOf(pagefind);
  for (const [i, t] of terms.entries()) {
    if (exacts[i]?.results.length || !everything) continue;
    const bare = filtered ? await pagefind.search(exactQuery(t), { filters: {} }) : exacts[i];
    if (!bare?.results.length) unknown.push(t.text);
  }
  return {
    total: results.length,
    unfiltered,
    counts,
    unknown,
    prefixOnly: unknown.length > 0 && raw.unfilteredResultCount > 0,
    periods: counted,
    pending,
    load,
  };
}
