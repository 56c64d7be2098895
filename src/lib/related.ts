import type { ArchiveArticle, ArchiveIndex } from './archiveIndex.ts';

/** Tuning for related articles; the defaults keep the whole archive's pass near-linear. */
export interface RelatedOptions {
  /** How many related articles each article keeps. */
  limit: number;
  /** At most this many articles are looked at per shared term: the ones nearest in date. */
  window: number;
}

const defaults: RelatedOptions = { limit: 5, window: 64 };

/** Index of the first element of an ascending list that is >= value. */
function lowerBound(list: readonly number[], value: number): number {
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
  const da = a > i ? a - i : i - a;
  const db = b > i ? b - i : i - b;
  return da !== db ? da < db : a < b;
}

/** The best `limit` candidates, best first, by insertion into a short list (a full sort per article would dominate). */
function topK(candidates: readonly number[], scores: Float64Array, i: number, limit: number): number[] {
  const best: number[] = [];
  for (const j of candidates) {
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

/**
 * For every article, the positions of its most related articles: those sharing the most
 * companies, cities and tags, rarer terms weighing more (a shared small city says more than a
 * shared "Investment" tag), ties going to the article nearest in date.
 *
 * Runs once over the inverted index. A term listed by thousands of articles contributes only the
 * `window` articles nearest in date, so the cost is O(articles × terms per article × window),
 * never O(articles²).
 */
export function relatedArticles<T extends ArchiveArticle>(
  index: ArchiveIndex<T>,
  options: Partial<RelatedOptions> = {},
): number[][] {
  const { limit, window } = { ...defaults, ...options };
  const n = index.articles.length;
  const scores = new Float64Array(n);
  const touched: number[] = [];
  const result: number[][] = [];
  for (let i = 0; i < n; i++) {
    for (const postings of index.mentions[i] ?? []) {
      if (postings.length < 2) continue;
      // Inverse document frequency: a term in 2 articles weighs 1, in 1,000 about 0.1.
      const weight = 1 / Math.log2(postings.length);
      let from = 0;
      let to = postings.length;
      if (postings.length > window) {
        const at = lowerBound(postings, i);
        from = Math.max(0, Math.min(at - (window >> 1), postings.length - window));
        to = from + window;
      }
      for (let k = from; k < to; k++) {
        const j = postings[k] as number;
        if (j === i) continue;
        const s = scores[j] as number;
        if (s === 0) touched.push(j);
        scores[j] = s + weight;
      }
    }
    result.push(topK(touched, scores, i, limit));
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  }
  return result;
}
