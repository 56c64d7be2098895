import type { Term } from './taxonomy.ts';

/**
 * The Chinese name to show beside a term's English one, or null when it adds nothing: when there
 * is none, or when it spells the English name out ("LG电子" beside "LG", "OPPO公司" beside "Oppo").
 */
export function shownChineseName(term: Pick<Term, 'name' | 'zh'>): string | null {
  if (!term.zh) return null;
  return term.zh.toLowerCase().includes(term.name.toLowerCase()) ? null : term.zh;
}
