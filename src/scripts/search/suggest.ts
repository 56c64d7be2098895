// "Did you mean …?": the nearest words a search shard really holds to a term no article contains.
// Each shard ships its own word list (scripts/search/vocabulary.ts), split into buckets by a
// word's first character, so a suggestion costs one small file per shard searched.
import { distance } from 'fastest-levenshtein';

/** Buckets a shard's word list is split into. */
export const vocabBuckets = 64;

/** The bucket file of words starting like `word` (by its first character, lowercased). */
export function vocabBucket(word: string): string {
  const first = word.toLowerCase().codePointAt(0) ?? 0;
  return `vocab/${first % vocabBuckets}.txt`;
}

/** One line of a bucket: the word as it is most often written, and in how many articles. */
export interface VocabWord {
  word: string;
  pages: number;
}

/** Parse a bucket file (`word<TAB>pages` per line). */
export function parseBucket(text: string): VocabWord[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [word = '', pages = '0'] = line.split('\t');
      return { word, pages: Number(pages) };
    });
}

/**
 * The nearest words to `term` among `words`: within one edit for short words (and for Chinese,
 * where one character is a word's worth), two for longer ones; nearer first, then commoner.
 */
export function nearest(term: string, words: VocabWord[], max = 3): string[] {
  const t = term.toLowerCase();
  const han = /\p{Script=Han}/u.test(t);
  const limit = han || [...t].length <= 4 ? 1 : 2;
  const best = new Map<string, { d: number; pages: number; word: string }>();
  for (const w of words) {
    const key = w.word.toLowerCase();
    if (key === t || Math.abs(key.length - t.length) > limit) continue;
    const d = distance(t, key);
    if (d > limit) continue;
    const seen = best.get(key);
    if (seen) seen.pages += w.pages;
    else best.set(key, { d, pages: w.pages, word: w.word });
  }
  return [...best.values()]
    .sort((a, b) => a.d - b.d || b.pages - a.pages || a.word.localeCompare(b.word))
    .slice(0, max)
    .map((s) => s.word);
}

/** Suggestions for each unknown term, from the word lists of every shard under `bases`. */
export async function suggest(
  terms: string[],
  bases: string[],
  get: (url: string) => Promise<string | null> = fetchText,
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  await Promise.all(
    terms.map(async (term) => {
      const texts = await Promise.all(bases.map((b) => get(`${b}${vocabBucket(term)}`)));
      out[term] = nearest(
        term,
        texts.flatMap((t) => (t ? parseBucket(t) : [])),
      );
    }),
  );
  return out;
}

async function fetchText(url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}
