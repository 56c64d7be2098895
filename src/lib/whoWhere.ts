import { cooccurring, type ArchiveArticle, type ArchiveIndex, type TermCount } from './archiveIndex.ts';
import type { Term } from './taxonomy.ts';

/** Companies and the cities they appear with, for the "who set up where" page. */
export interface WhoWhere {
  /** Every company named with at least one city, most-covered first. */
  groups: { company: Term; count: number; cities: TermCount[] }[];
  /** The most-covered companies and cities as a grid; `cells[r][c]` counts shared articles. */
  matrix: { companies: Term[]; cities: Term[]; cells: number[][] };
}

/** Build the company × city view. Work is proportional to company mentions, never all pairs of articles. */
export function whoWhere<T extends ArchiveArticle>(index: ArchiveIndex<T>, size = 12): WhoWhere {
  const groups = index.terms.companies
    .map((stat) => ({
      company: stat.term,
      count: stat.postings.length,
      cities: cooccurring(index, stat, 'cities'),
    }))
    .filter((g) => g.cities.length > 0);
  const companies = groups.slice(0, size);
  // The grid's columns: the cities that matter most to the companies shown.
  const weight = new Map<string, { term: Term; n: number }>();
  for (const g of companies)
    for (const c of g.cities) {
      const w = weight.get(c.term.name);
      if (w) w.n += c.count;
      else weight.set(c.term.name, { term: c.term, n: c.count });
    }
  const cities = [...weight.values()]
    .sort((a, b) => b.n - a.n || a.term.name.localeCompare(b.term.name, 'en'))
    .slice(0, size)
    .map((w) => w.term);
  const cells = companies.map((g) => {
    const byName = new Map(g.cities.map((c) => [c.term.name, c.count]));
    return cities.map((c) => byName.get(c.name) ?? 0);
  });
  return { groups, matrix: { companies: companies.map((g) => g.company), cities, cells } };
}
