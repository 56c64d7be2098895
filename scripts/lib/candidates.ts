import type { Article } from '../pipeline.ts';

/** A company the vocabulary lacks, gathered over the whole corpus for an archivist to review. */
export interface CandidateSummary {
  name: string;
  zh?: string;
  articles: number;
  mentions: number;
  examples: string[];
  evidence: string;
}

/** Merge per-article company candidates by name; most widely seen first. */
export function gatherCandidates(articles: Article[]): CandidateSummary[] {
  const byName = new Map<string, CandidateSummary>();
  for (const a of articles) {
    for (const c of a.candidates) {
      const s = byName.get(c.name) ?? {
        name: c.name,
        articles: 0,
        mentions: 0,
        examples: [],
        evidence: c.evidence,
      };
      if (c.zh && !s.zh) s.zh = c.zh;
      s.articles++;
      s.mentions += c.count;
      if (s.examples.length < 3) s.examples.push(a.id);
      byName.set(c.name, s);
    }
  }
  return [...byName.values()].sort((x, y) => y.articles - x.articles || (x.name < y.name ? -1 : 1));
}
