import type { CustomRecord } from 'pagefind';

/**
 * Every shard must know every word of the archive. Pagefind answers a query word it cannot find
 * (no indexed word starts with it) with the longest indexed word that is a prefix of it, so a
 * shard lacking a rare word would return loosely related pages that a single index never would
 * (a query for 长岭山 matching 长 in another shard). Each shard therefore gets one hidden record
 * holding the words only other shards have, marked by a filter of its own that the search page
 * always excludes (a one-page filter, so excluding it costs almost nothing to download).
 */

/** The URL of a shard's vocabulary record (never shown: it is filtered out of every search). */
export const vocabularyUrl = '/pagefind/vocabulary/';

const wordPattern = /[\p{L}\p{N}](?:\S*[\p{L}\p{N}])?/gu;
const innerPunctuation = /[^\p{L}\p{N}]/u;
const partSplit = /[^\p{L}\p{N}]+/u;

/** The lowercase words of a record's searchable text (content and metadata), with their parts. */
export function recordTokens(record: CustomRecord): Set<string> {
  const out = new Set<string>();
  const texts = [record.content, ...Object.values(record.meta ?? {})];
  for (const text of texts) {
    // Each run of non-space characters, trimmed to its first and last letter or digit, as
    // Pagefind drops a word's leading and trailing punctuation ("settles," is "settles").
    for (const word of text.toLowerCase().match(wordPattern) ?? []) {
      out.add(word);
      // Pagefind also indexes the parts of hyphenated and punctuated words.
      if (innerPunctuation.test(word)) for (const part of word.split(partSplit)) if (part) out.add(part);
    }
  }
  return out;
}

/** The words of `all` that a shard with `own` lacks, sorted, so the record is reproducible. */
export function missingWords(all: Iterable<string>, own: Set<string>): string[] {
  const out: string[] = [];
  for (const word of all) if (!own.has(word)) out.push(word);
  return out.sort();
}

/** The hidden record that teaches a shard the missing words (null when none are missing). */
export function vocabularyRecord(words: string[], language: string): CustomRecord | null {
  if (!words.length) return null;
  return {
    url: vocabularyUrl,
    content: words.join(' '),
    language,
    meta: {},
    filters: { vocabulary: ['yes'] },
  };
}
