/* Small ranking helpers for related articles (src/lib/related.ts). */

/** Index of the first element of an ascending list that is >= value. */
export function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether candidate `a` beats `b` for article `i`: higher score, then nearer in date order, then earlier. */
function beats(scores: Float64Array, i: number, a: number, b: number): boolean {
  const sa = scores[a] as number;
  const sb = scores[b] as number;
  if (sa !== sb) return sa > sb;
  const da = Math.abs(a - i);
  const db = Math.abs(b - i);
  return da !== db ? da < db : a < b;
}

/** The best `limit` candidates at or above `min`, best first, by insertion into a short list. */
export function topK(
  candidates: readonly number[],
  scores: Float64Array,
  i: number,
  limit: number,
  min: number,
): number[] {
  const best: number[] = [];
  for (const j of candidates) {
    if ((scores[j] as number) < min) continue;
    const full = best.length === limit;
    if (full && !beats(scores, i, j, best[limit - 1] as number)) continue;
    let at = full ? limit - 1 : best.length;
    while (at > 0 && beats(scores, i, j, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = j;
  }
  return best;
}
