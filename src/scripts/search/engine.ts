// Searching with Pagefind's browser API; no DOM here, so Node tests run the same code as the page.
import { exactQuery, prepareQuery, queryTerms, type Term } from './query.ts';
import { inShard, mergeByDate, shardsOf } from './shards.ts';
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
interface RawResult {
  id: string;
  data(): Promise<ResultData>;
}
interface RawSearch {
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

/** Pages dropped from a multi-term search whose filter values are read back to correct the counts. */
const maxRecount = 100;

/** `counts` less the filter values of `dropped` results (loaded from their fragments). */
async function recount(counts: FilterCounts, dropped: RawResult[]): Promise<FilterCounts> {
  const out: FilterCounts = Object.fromEntries(Object.entries(counts).map(([f, v]) => [f, { ...v }]));
  for (const d of await Promise.all(dropped.map((r) => r.data()))) {
    for (const [facet, values] of Object.entries(d.filters ?? {}))
      for (const v of values) if (out[facet]?.[v]) out[facet][v] -= 1;
  }
  return out;
}

/** The ids in every one of the exact searches: the pages holding every term. */
function holdingAll(exact: RawSearch[]): Set<string> {
  const [first, ...rest] = exact.map((e) => new Set(e.results.map((r) => r.id)));
  const out = first ?? new Set<string>();
  for (const other of rest) for (const id of out) if (!other.has(id)) out.delete(id);
  return out;
}

/** A loader over a list of result handles. */
function listLoader(list: RawResult[]): (start: number, count: number) => Promise<ResultData[]> {
  return (start, count) => Promise.all(list.slice(start, start + count).map((r) => r.data()));
}

/** Run one search; null when nothing is asked (no words and no filters) or a newer search overtook it. */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome | null> {
  const terms = queryTerms(state.q);
  const term = prepareQuery(state.q);
  if (term === null && !facets.some((f: Facet) => state.filters[f].length)) return null;
  const shards = shardsOf(pagefind);
  const options = searchOptions(state, term);
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
        : shards > 1
          ? Array.from({ length: shards }, (_, i) => pagefind.search(term, inShard(options, i)))
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
  const filtered = Object.keys(filtersOnly.filters as object).length > 0;
  let unfiltered = results.length;
  if (filtered && results.length === 0) {
    const none = Object.fromEntries(facets.map((f) => [f, []])) as unknown as SearchState['filters'];
    unfiltered = (await runSearch(pagefind, { ...state, filters: none }))?.total ?? 0;
  }
  const unknown: string[] = [];
  for (const [i, t] of terms.entries()) {
    if (exacts[i]?.results.length) continue;
    const bare = filtered ? await pagefind.search(exactQuery(t), { filters: {} }) : exacts[i];
    if (!bare?.results.length) unknown.push(t.text);
  }
  return {
    total: results.length,
    unfiltered,
    counts,
    unknown,
    prefixOnly: unknown.length > 0 && raw.unfilteredResultCount > 0,
    load,
  };
}

/** A loader that lists `first` (of `size` results), then `second`. */
function thenLoader(
  first: (start: number, count: number) => Promise<ResultData[]>,
  size: number,
  second: (start: number, count: number) => Promise<ResultData[]>,
): (start: number, count: number) => Promise<ResultData[]> {
  return async (start, count) => {
    const a = start < size ? await first(start, Math.min(count, size - start)) : [];
    const rest = count - a.length;
    return rest > 0 ? [...a, ...(await second(Math.max(0, start - size), rest))] : a;
  };
}
