/**
 * The navigation-word pattern of `boilerplate.yml` (`nav_words`), longest word first. Its plain
 * form, `\bmenu\b|\bhome\b|…|登录|…`, makes the regex engine try every one of the hundred-odd
 * words at every position of a line, and it was 5% of the ingest's CPU (isNavLine). Here the
 * words that start with a word character sit behind one `\b`, grouped by their first character,
 * each group behind a look-ahead for it: a position is tried against a handful of words, not all.
 * The matches are the same: two words with different first characters never match at one
 * position (the look-ahead is case-insensitive under the same flags, Kelvin sign included), and
 * each group keeps the words' order. tests/unit/navWords.test.ts compares the two forms.
 */

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

/** The nav words as the plain alternation, longest first (the reference form). */
export function plainNavPattern(words: string[]): string {
  return sortWords(words)
    .map((w) => (/^\w/.test(w) ? `\\b${escape(w)}\\b` : escape(w)))
    .join('|');
}

/** The nav words as a pattern that matches what `plainNavPattern` matches, several times faster. */
export function navPattern(words: string[]): string {
  const byFirst = new Map<string, string[]>();
  const others: string[] = [];
  for (const w of sortWords(words)) {
    if (!/^\w/.test(w)) {
      others.push(escape(w));
      continue;
    }
    const first = w[0]!.toLowerCase();
    const group = byFirst.get(first) ?? [];
    if (!group.length) byFirst.set(first, group);
    group.push(`${escape(w)}\\b`);
  }
  const groups = [...byFirst].map(([first, alts]) => `(?=${escape(first)})(?:${alts.join('|')})`);
  return [...(groups.length ? [`\\b(?:${groups.join('|')})`] : []), ...others].join('|');
}

/** Distinct words, longest first (a stable sort: equal lengths keep the file's order). */
function sortWords(words: string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}
