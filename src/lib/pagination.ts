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

/**
 * One page of a list that grows at its newest end, numbered from its oldest end: page 1 (the
 * list's own URL) shows the newest `perPage` to `2 × perPage − 1` items, page 2 the oldest
 * `perPage`, page 3 the next `perPage` and so on, so an older page keeps its items, links and
 * label however many newer items arrive. Nothing here depends on the list's length.
 */
export interface StablePage {
  page: number;
  /** Toward the newest items (the list's own URL from its newest older page). */
  prev: string | null;
  /** Toward the oldest items. */
  next: string | null;
}

/** How many pages a list of `total` items has besides its first, when numbered from its oldest end. */
export function olderPages(total: number, perPage: number): number {
  return Math.max(0, Math.floor(total / perPage) - 1);
}

/** The `[...page]` route parameters of a list numbered from its oldest end: undefined, then '2', '3' … */
export function stablePageParams(total: number, perPage: number): (string | undefined)[] {
  return [undefined, ...Array.from({ length: olderPages(total, perPage) }, (_, i) => String(i + 2))];
}

/** Page `page` of a list numbered from its oldest end, with its slice bounds in newest-first order. */
export function stablePage(
  base: string,
  total: number,
  perPage: number,
  page: number,
): { info: StablePage; from: number; to: number } {
  const older = olderPages(total, perPage);
  if (page < 2 || page > older + 1)
    return {
      info: { page: 1, prev: null, next: older ? pageUrl(base, older + 1) : null },
      from: 0,
      to: total - older * perPage,
    };
  return {
    info: {
      page,
      prev: page === older + 1 ? base : pageUrl(base, page + 1),
      next: page > 2 ? pageUrl(base, page - 1) : null,
    },
    from: total - (page - 1) * perPage,
    to: total - (page - 2) * perPage,
  };
}
