import type { ArchiveArticle, ArchiveIndex } from './archiveIndex.ts';
import type { Term } from './taxonomy.ts';

/** One stated relation as an article's front matter holds it. */
export interface StatedRelation {
  company: string;
  city: string;
  cue: string;
  evidence: string;
}

/** An article as the relation views read it: its kind and the relations it states. */
export type RelationArticle = ArchiveArticle & {
  data: { kind?: 'article' | 'digest'; relations?: StatedRelation[] };
};

/** One article's sentence stating a relation, with what a reader needs to follow it. */
export interface Evidence {
  id: string;
  title: string;
  lang: 'en' | 'zh';
  date: string | null;
  cue: string;
  sentence: string;
}

/** A company–city pair stated in at least one article, newest evidence first. */
export interface RelationPair {
  company: Term;
  city: Term;
  evidence: Evidence[];
}

/** Every stated pair, and the same pairs by company and by city name. */
export interface RelationView {
  /** Most articles first, then company and city A–Z. */
  pairs: RelationPair[];
  byCompany: Map<string, RelationPair[]>;
  byCity: Map<string, RelationPair[]>;
  /** Articles stating at least one relation. */
  articles: number;
}

const views = new WeakMap<object, RelationView>();

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * The relations the archive's articles state ("who set up where"), built once per index in one
 * pass over the articles. Digests state none. A pair whose company or city the index does not
 * list is left out, so every pair links to real pages.
 */
export function statedRelations<T extends RelationArticle>(index: ArchiveIndex<T>): RelationView {
  const cached = views.get(index);
  if (cached) return cached;
  const byKey = new Map<string, RelationPair>();
  let articles = 0;
  for (const a of index.articles) {
    if (a.data.kind === 'digest' || !a.data.relations?.length) continue;
    let counted = false;
    for (const r of a.data.relations) {
      const company = index.byName.companies.get(r.company)?.term;
      const city = index.byName.cities.get(r.city)?.term;
      if (!company || !city) continue;
      const key = `${r.company}\u0000${r.city}`;
      let pair = byKey.get(key);
      if (!pair) byKey.set(key, (pair = { company, city, evidence: [] }));
      // Articles come newest first, so evidence does too; one sentence per article and pair.
      if (pair.evidence.some((e) => e.id === a.id)) continue;
      pair.evidence.push({
        id: a.id,
        title: a.data.title,
        lang: a.data.lang,
        date: a.data.date,
        cue: r.cue,
        sentence: r.evidence,
      });
      counted = true;
    }
    if (counted) articles++;
  }
  const pairs = [...byKey.values()].sort(
    (a, b) =>
      b.evidence.length - a.evidence.length ||
      a.company.name.localeCompare(b.company.name, 'en') ||
      a.city.name.localeCompare(b.city.name, 'en'),
  );
  const byCompany = new Map<string, RelationPair[]>();
  const byCity = new Map<string, RelationPair[]>();
  for (const p of pairs) {
    push(byCompany, p.company.name, p);
    push(byCity, p.city.name, p);
  }
  const view = { pairs, byCompany, byCity, articles };
  views.set(index, view);
  return view;
}

/** Stated pairs grouped by company, companies with the most stating articles first. */
export function relationsByCompany<T extends RelationArticle>(
  index: ArchiveIndex<T>,
): { company: Term; pairs: RelationPair[]; articles: number }[] {
  const view = statedRelations(index);
  return [...view.byCompany.values()]
    .map((pairs) => ({
      company: pairs[0]!.company,
      pairs,
      articles: new Set(pairs.flatMap((p) => p.evidence.map((e) => e.id))).size,
    }))
    .sort((a, b) => b.articles - a.articles || a.company.name.localeCompare(b.company.name, 'en'));
}

/** The pairs one company or city page lists: where a company set up, or who set up in a city. */
export function relationsOf<T extends RelationArticle>(index: ArchiveIndex<T>, term: Term): RelationPair[] {
  const view = statedRelations(index);
  if (term.kind === 'companies') return view.byCompany.get(term.name) ?? [];
  if (term.kind === 'cities') return view.byCity.get(term.name) ?? [];
  return [];
}

/** The search page narrowed to one company and one city. */
export function pairSearchUrl(pair: RelationPair): string {
  return `/search/?company=${encodeURIComponent(pair.company.name)}&city=${encodeURIComponent(pair.city.name)}`;
}
