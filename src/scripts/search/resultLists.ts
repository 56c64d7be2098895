// Result lists of a search: which ranked results every term's exact search holds, lazy loaders
// over them, and filter counts corrected for dropped results.
import type { FilterCounts, RawResult, RawSearch, ResultData } from './engine.ts';

/** Pages dropped from a multi-term search whose filter values are read back to correct the counts. */
export const maxRecount = 100;

/** `counts` less the filter values of `dropped` results (loaded from their fragments). */
export async function recount(counts: FilterCounts, dropped: RawResult[]): Promise<FilterCounts> {
  const out: FilterCounts = Object.fromEntries(Object.entries(counts).map(([f, v]) => [f, { ...v }]));
  for (const d of await Promise.all(dropped.map((r) => r.data()))) {
    for (const [facet, values] of Object.entries(d.filters ?? {}))
      for (const v of values) if (out[facet]?.[v]) out[facet][v] -= 1;
  }
  return out;
}

/** The ids in every one of the exact searches: the pages holding every term. */
export function holdingAll(exact: RawSearch[]): Set<string> {
  const [first, ...rest] = exact.map((e) => new Set(e.results.map((r) => r.id)));
  const out = first ?? new Set<string>();
  for (const other of rest) for (const id of out) if (!other.has(id)) out.delete(id);
  return out;
}

/** A loader over a list of result handles. */
export function listLoader(list: RawResult[]): (start: number, count: number) => Promise<ResultData[]> {
  return (start, count) => Promise.all(list.slice(start, start + count).map((r) => r.data()));
}

/** A loader that lists `first` (of `size` results), then `second`. */
export function thenLoader(
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
