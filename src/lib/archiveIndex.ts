import { buildTerms, KINDS, vocabByName, type Kind, type Term, type Vocab } from './taxonomy.ts';

/** The part of an article the archive's groupings need (a content-collection entry fits). */
export interface ArchiveArticle {
  id: string;
  data: {
    title: string;
    date: string | null;
    lang: 'en' | 'zh';
    companies: string[];
    cities: string[];
    tags: string[];
    /** `digest`: many short stories; left out of co-occurrence counts. */
    kind?: 'article' | 'digest';
  };
}

/** One term and the articles that list it, as positions in the archive's date order. */
export interface TermStat {
  term: Term;
  /** Ascending positions, so newest first and undated last, like the archive itself. */
  postings: number[];
}

/** Everything the pages group by, computed once per build in one pass over the articles. */
export interface ArchiveIndex<T extends ArchiveArticle> {
  /** Newest first; undated last. */
  articles: T[];
  position: Map<string, number>;
  /** Per kind, most-covered first, then by name. */
  terms: Record<Kind, TermStat[]>;
  bySlug: Record<Kind, Map<string, TermStat>>;
  byName: Record<Kind, Map<string, TermStat>>;
  dated: number;
  /** Per article, the postings of each distinct term it lists: the inverted index seen from the article. */
  mentions: number[][][];
  /** Earliest and latest stated date, or null when no article has one. */
  first: string | null;
  last: string | null;
}

// One collator for every comparison: String#localeCompare builds one per call, far slower at 100,000 titles.
const collator = new Intl.Collator('en');

/** Newest first; undated last, then by title and id, so the order never depends on file order. */
export function compareArticles(a: ArchiveArticle, b: ArchiveArticle): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return collator.compare(a.data.title, b.data.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const perKind = <V>(make: () => V): Record<Kind, V> => ({
  companies: make(),
  cities: make(),
  tags: make(),
});

/** Most articles first, then A–Z by name. */
export const byCount = (a: TermStat, b: TermStat): number =>
  b.postings.length - a.postings.length || a.term.name.localeCompare(b.term.name, 'en');

/** A–Z by English name (names without Latin letters sort after, by their own order). */
export const byName = (a: TermStat, b: TermStat): number =>
  a.term.name.localeCompare(b.term.name, 'en', { sensitivity: 'base' }) ||
  (a.term.name < b.term.name ? -1 : 1);

/** Group the archive by company, city and tag. O(total entity mentions), plus one sort. */
export function buildIndex<T extends ArchiveArticle>(input: readonly T[], vocab: Vocab): ArchiveIndex<T> {
  const articles = [...input].sort(compareArticles);
  const position = new Map<string, number>();
  const postings = perKind(() => new Map<string, number[]>());
  const mentions: number[][][] = [];
  let dated = 0;
  articles.forEach((a, i) => {
    position.set(a.id, i);
    if (a.data.date) dated++;
    const own: number[][] = [];
    for (const kind of KINDS)
      for (const name of a.data[kind]) {
        let list = postings[kind].get(name);
        if (!list) postings[kind].set(name, (list = []));
        // A name listed twice in one article already ends with this article.
        if (list[list.length - 1] === i) continue;
        list.push(i);
        own.push(list);
      }
    mentions.push(own);
  });
  const terms = perKind<TermStat[]>(() => []);
  const bySlug = perKind(() => new Map<string, TermStat>());
  const byNameMap = perKind(() => new Map<string, TermStat>());
  for (const kind of KINDS) {
    const known = vocabByName(vocab[kind]);
    for (const term of buildTerms(kind, postings[kind].keys(), known)) {
      const stat = { term, postings: postings[kind].get(term.name) ?? [] };
      terms[kind].push(stat);
      bySlug[kind].set(term.slug, stat);
      byNameMap[kind].set(term.name, stat);
    }
    terms[kind].sort(byCount);
  }
  return {
    articles,
    position,
    terms,
    bySlug,
    byName: byNameMap,
    dated,
    mentions,
    first: dated ? (articles[dated - 1]?.data.date ?? null) : null,
    last: dated ? (articles[0]?.data.date ?? null) : null,
  };
}

/** The terms of one kind an article lists, in its own order, resolved to their slugs. */
export function termsOf<T extends ArchiveArticle>(index: ArchiveIndex<T>, article: T, kind: Kind): Term[] {
  return [...new Set(article.data[kind])]
    .map((name) => index.byName[kind].get(name)?.term)
    .filter((t): t is Term => t !== undefined);
}

/** A term with how many articles it shares with another. */
export interface TermCount {
  term: Term;
  count: number;
}

const coCache = new WeakMap<TermStat, Map<Kind, TermCount[]>>();

/**
 * Terms of `kind` that appear in the same articles as `stat`, most shared first. Digests are left
 * out: their stories are not one event, so naming two things together says nothing there. Work is
 * proportional to this term's own articles, and cached per term.
 */
export function cooccurring<T extends ArchiveArticle>(
  index: ArchiveIndex<T>,
  stat: TermStat,
  kind: Kind,
): TermCount[] {
  let perTerm = coCache.get(stat);
  if (!perTerm) coCache.set(stat, (perTerm = new Map()));
  const hit = perTerm.get(kind);
  if (hit) return hit;
  const counts = new Map<string, number>();
  for (const i of stat.postings) {
    const article = index.articles[i];
    if (!article || article.data.kind === 'digest') continue;
    for (const name of new Set(article.data[kind]))
      if (kind !== stat.term.kind || name !== stat.term.name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const result: TermCount[] = [];
  for (const [name, count] of counts) {
    const other = index.byName[kind].get(name);
    if (other) result.push({ term: other.term, count });
  }
  result.sort((a, b) => b.count - a.count || a.term.name.localeCompare(b.term.name, 'en'));
  perTerm.set(kind, result);
  return result;
}
