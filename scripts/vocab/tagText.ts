/**
 * Text handling for tag matching: lowercasing, inflections of keyword words, and a fast scan of
 * a text into words. Inflections are generated from the keywords rather than stripped from the
 * text, so no two different words are merged: a stemmer would read "wins" as "wine" and
 * "trading" as "trade", and Porter's merges "international" with "intern".
 */

/** A keyword word and its regular inflections: `city` → city, cities, citied, citying. */
export function inflections(word: string): string[] {
  const out = new Set([word]);
  // Abbreviations, numbers and two-letter words only take a plural s (PCs, EVs).
  if (!/^[a-z]{3,}$/.test(word)) {
    if (/^[a-z0-9]*[a-z]$/.test(word)) out.add(word + 's');
    return [...out];
  }
  const consonantY = /[^aeiou]y$/.test(word);
  out.add(/(s|x|z|ch|sh)$/.test(word) ? word + 'es' : consonantY ? word.slice(0, -1) + 'ies' : word + 's');
  out.add(word.endsWith('e') ? word + 'd' : consonantY ? word.slice(0, -1) + 'ied' : word + 'ed');
  out.add(/[^e]e$/.test(word) ? word.slice(0, -1) + 'ing' : word + 'ing');
  // A final consonant after a single vowel may double: ship → shipped, plan → planning.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word))
    for (const end of ['ed', 'ing']) out.add(word + word.at(-1) + end);
  return [...out];
}

const FULL_WIDTH = /[\uff10-\uff19\uff41-\uff5a]/g;

/** Lowercase a text segment for matching; possessive 's is dropped, full-width letters folded. */
export function prepareText(text: string): string {
  // Only letters and digits: Chinese text is full of full-width punctuation that matters to nobody.
  let t = text.toLowerCase().replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (t.includes("'") || t.includes('’')) t = t.replace(/['’]s\b/g, '');
  return t;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** Word hashes are 16-bit, to index a 64 KiB filter. */
export const MASK = 0xffff;

/** 16-bit hash of a word, as `scan` computes it: a cheap filter before any string is made. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h & MASK;
}

export interface Scan {
  start: number[];
  end: number[];
  hash: number[];
  /** Index of the first character that can start a Chinese phrase, or -1. */
  firstHan: number;
  /** Chinese characters in the text (CJK unified ideographs). */
  han: number;
}

/** Runs of [a-z0-9] in a lowercased text with their hashes; a plain loop beats a regex here. */
export function scan(text: string, hanFirst: Uint8Array): Scan {
  const out: Scan = { start: [], end: [], hash: [], firstHan: -1, han: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (out.firstHan < 0 && hanFirst[c] === 1) out.firstHan = i;
    if (!isWordChar(c)) {
      if (c >= 0x3400 && c <= 0x9fff) out.han++;
      continue;
    }
    let h = c;
    let j = i + 1;
    for (; j < text.length && isWordChar(text.charCodeAt(j)); j++)
      h = (Math.imul(h, 31) + text.charCodeAt(j)) | 0;
    out.start.push(i);
    out.end.push(j);
    out.hash.push(h & MASK);
    i = j - 1;
  }
  return out;
}
