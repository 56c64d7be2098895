// The search page's state, kept in the URL so every search is a link.

/** The filter facets, in the order the page shows them; each is a Pagefind filter and a URL parameter. */
export const facets = ['company', 'city', 'tag', 'year', 'lang', 'source'] as const;
/** One filter facet. */
export type Facet = (typeof facets)[number];
/** Result orders the page offers. */
export const sorts = ['relevance', 'newest', 'oldest'] as const;
/** One result order. */
export type Sort = (typeof sorts)[number];

/** What the reader asked for. */
export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
  sort: Sort;
}

/** A state with nothing chosen. */
export function emptyState(): SearchState {
  return {
    q: '',
    filters: { company: [], city: [], tag: [], year: [], lang: [], source: [] },
    sort: 'relevance',
  };
}

/** Read the state from a query string (`?q=…&company=…&company=…&sort=newest`). */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const facet of facets) state.filters[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  const sort = params.get('sort');
  state.sort = (sorts as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance';
  return state;
}

/** Write the state as a query string; empty parts are left out, so a bare search page has none. */
export function stateToSearch(state: SearchState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of facets) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when any filter is chosen. */
export function hasFilters(state: SearchState): boolean {
  return facets.some((f) => state.filters[f].length > 0);
}

/** Add or remove one filter value, returning a new state. */
export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [facet]: next } };
}
