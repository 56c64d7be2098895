/** Where one page sits in a paginated list, with the URLs of its neighbours. */
export interface PageInfo {
  page: number;
  pages: number;
  from: number;
  to: number;
  prev: string | null;
  next: string | null;
}

/** URL of page `n` of a list whose first page is `base` (`/tags/ai/`, then `/tags/ai/2/`). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** The `[...page]` route parameters for a list of `total` items: undefined for page 1, then '2', '3' … */
export function pageParams(total: number, perPage: number): (string | undefined)[] {
  const pages = Math.max(1, Math.ceil(total / perPage));
  return Array.from({ length: pages }, (_, i) => (i === 0 ? undefined : String(i + 1)));
}

/** Parse a `[...page]` parameter back to a page number; anything odd is page 1. */
export function pageNumber(param: string | undefined): number {
  const n = Number(param ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** The slice bounds and neighbour links for page `page` of `total` items. */
export function pageInfo(base: string, total: number, perPage: number, page: number): PageInfo {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const p = Math.min(Math.max(1, page), pages);
  return {
    page: p,
    pages,
    from: (p - 1) * perPage,
    to: Math.min(total, p * perPage),
    prev: p > 1 ? pageUrl(base, p - 1) : null,
    next: p < pages ? pageUrl(base, p + 1) : null,
  };
}
