import type { TermStat } from './archiveIndex.ts';

/** Terms under one initial on an A–Z index. */
export interface LetterGroup {
  letter: string;
  anchor: string;
  terms: TermStat[];
}

/**
 * Group A–Z-sorted terms by initial. The initial comes from the slug, so a Chinese-only name
 * files under its pinyin initial (浪潮 → L) and digits or symbols under `#`.
 */
export function letterGroups(terms: readonly TermStat[]): LetterGroup[] {
  const groups = new Map<string, TermStat[]>();
  for (const stat of terms) {
    const c = stat.term.slug.charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(c) ? c : '#';
    const list = groups.get(letter);
    if (list) list.push(stat);
    else groups.set(letter, [stat]);
  }
  return [...groups.keys()]
    .sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : 1))
    .map((letter) => ({
      letter,
      anchor: letter === '#' ? 'other' : letter.toLowerCase(),
      terms: groups.get(letter) ?? [],
    }));
}
