import { lowerBound, topK } from './ranking.ts';

/** One article as related-article ranking sees it, in the archive's date order. */
export interface RelatedInput {
  lang: 'en' | 'zh';
  /** Digests (many unrelated stories) are never related to anything and get no list. */
  digest: boolean;
  /** Companies and cities, each as a key that cannot clash with a word (`company:Lenovo`). */
  entities: string[];
  /** Content words of the text outside boilerplate (src/lib/textTerms.ts). */
  words: string[];
  /** Content words of the headline. */
  titleWords: string[];
  /** Content words of the text's opening, where a real headline's words recur. */
  leadWords: string[];
}

/** Tuning for related articles; the defaults keep the whole archive's pass near-linear. */
export interface RelatedOptions {
  /** How many related articles each article keeps. */
  limit: number;
  /** At most this many articles are looked at per shared term: the ones nearest in date. */
  window: number;
  /** Distinctive words kept per article (its highest BM25 weights). */
  terms: number;
  /** A shared company or city weighs this many times a word of the same rarity. */
  entityBoost: number;
  /** A pair in different languages scores this fraction (they can only share companies and cities). */
  otherLanguage: number;
  /** Cosine similarity below which nothing is shown rather than something weak. */
  minScore: number;
  /**
   * Share of a headline's words its text's opening must repeat for the article to be offered: a
   * title that is page furniture ("Most Popular Content", "Breadcrumb Trail Links") is not.
   */
  headlineShare: number;
}

const defaults: RelatedOptions = {
  limit: 5,
  window: 64,
  terms: 24,
  entityBoost: 1.5,
  otherLanguage: 0.7,
  minScore: 0.05,
  headlineShare: 0.4,
};
// BM25's usual constants: term-frequency saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;

/** A sparse unit vector over term ids, ascending by id. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Term frequencies of one article, compact: term ids and counts, plus its length in words. */
interface Counts {
  ids: Int32Array;
  tf: Uint16Array;
  length: number;
  entities: Int32Array;
}

/**
 * For every article (by position), the positions of the articles a reader would want next: the
 * cosine similarity of BM25-weighted vectors over its shared companies, cities and most
 * distinctive words, a little less across languages, nothing under `minScore`. Digests and
 * articles whose headline the text's opening does not echo (`headlineShare`) are never offered.
 *
 * Near-linear: one pass counts words, each article keeps `terms` words, and a term held by
 * thousands of articles contributes only the `window` nearest in date, so the cost is
 * O(words + articles × (terms + entities) × window), never O(articles²).
 */
export function relatedArticles(
  input: Iterable<RelatedInput>,
  options: Partial<RelatedOptions> = {},
): number[][] {
  const o = { ...defaults, ...options };
  const termIds = new Map<string, number>();
  const idOf = (t: string) => {
    let id = termIds.get(t);
    if (id === undefined) termIds.set(t, (id = termIds.size));
    return id;
  };
  const docs: { counts: Counts; lang: 'en' | 'zh'; offered: boolean; digest: boolean }[] = [];
  let df: Int32Array = new Int32Array(1024);
  const bump = (id: number) => {
    if (id >= df.length) {
      const grown = new Int32Array(Math.max(df.length * 2, id + 1));
      grown.set(df);
      df = grown;
    }
    df[id] = (df[id] ?? 0) + 1;
  };
  let totalLength = 0;
  for (const doc of input) {
    const tf = new Map<number, number>();
    for (const w of doc.words) {
      const id = idOf(w);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const entities = Int32Array.from(new Set(doc.entities.map(idOf)));
    for (const id of tf.keys()) bump(id);
    for (const id of entities) bump(id);
    const ids = Int32Array.from(tf.keys());
    const counts = {
      ids,
      tf: Uint16Array.from(ids, (id) => Math.min(65535, tf.get(id) ?? 0)),
      length: doc.words.length,
      entities,
    };
    totalLength += doc.words.length;
    const title = new Set(doc.titleWords);
    const lead = new Set(doc.leadWords);
    const repeated = [...title].filter((w) => lead.has(w)).length;
    const offered = !doc.digest && repeated > 0 && repeated >= o.headlineShare * title.size;
    docs.push({ counts, lang: doc.lang, offered, digest: doc.digest });
  }
  const n = docs.length;
  const avg = Math.max(1, totalLength / Math.max(1, n));
  const idf = (id: number) => {
    const d = df[id] ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };

  // Each article's vector: its `terms` heaviest words and its entities.
  const vectors: Vector[] = docs.map(({ counts, digest }) => {
    if (digest) return { ids: new Int32Array(0), weights: new Float64Array(0) };
    const norm = K1 * (1 - B + (B * counts.length) / avg);
    const words: [number, number][] = [];
    counts.ids.forEach((id, k) => {
      const tf = counts.tf[k] ?? 0;
      words.push([id, (idf(id) * tf * (K1 + 1)) / (tf + norm)]);
    });
    words.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = words.slice(0, o.terms);
    for (const id of counts.entities) top.push([id, idf(id) * o.entityBoost]);
    // The length counts words no other article has, so sharing one everyday word scores little;
    // only shared terms go into the index.
    const length = Math.hypot(...top.map(([, w]) => w)) || 1;
    const kept = top.filter(([id]) => (df[id] ?? 0) >= 2).sort((a, b) => a[0] - b[0]);
    return {
      ids: Int32Array.from(kept, ([id]) => id),
      weights: Float64Array.from(kept, ([, w]) => w / length),
    };
  });

  // The inverted index over the kept terms, positions ascending (newest first), offered articles only.
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  vectors.forEach((v, j) => {
    if (!docs[j]?.offered) return;
    v.ids.forEach((id, k) => {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = { docs: [], weights: [] }));
      list.docs.push(j);
      list.weights.push(v.weights[k] ?? 0);
    });
  });

  const scores = new Float64Array(n);
  const touched: number[] = [];
  return vectors.map((v, i) => {
    if (docs[i]?.digest) return [];
    v.ids.forEach((id, k) => {
      const list = postings.get(id);
      if (!list) return;
      const wi = v.weights[k] ?? 0;
      let from = 0;
      let to = list.docs.length;
      if (to > o.window) {
        const at = lowerBound(list.docs, i);
        from = Math.max(0, Math.min(at - (o.window >> 1), to - o.window));
        to = from + o.window;
      }
      for (let p = from; p < to; p++) {
        const j = list.docs[p] as number;
        if (j === i) continue;
        const s = scores[j] as number;
        if (s === 0) touched.push(j);
        scores[j] = s + wi * (list.weights[p] ?? 0);
      }
    });
    const lang = docs[i]?.lang;
    for (const j of touched) if (docs[j]?.lang !== lang) scores[j] = (scores[j] as number) * o.otherLanguage;
    const best = topK(touched, scores, i, o.limit, o.minScore);
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
    return best;
  });
}
