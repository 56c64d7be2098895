// A reader's query as the terms every result must contain. No DOM here: Node tests run it too.
import { foldWidth, spaceHan } from './cjk.ts';

const termPattern = /[\p{Script=Han}\u3005\u3007]+|[^\s\p{Script=Han}\u3005\u3007]+/gu;
const hanStart = /^[\p{Script=Han}\u3005\u3007]/u;
const wordChar = /[\p{L}\p{N}]/u;

/** One query term: an English (or other spaced-language) word, or a run of Chinese characters. */
export interface Term {
  /** As the reader typed it (for messages and suggestions). */
  text: string;
  /** As Pagefind is asked for it: a Chinese run has its characters spaced, searched as a phrase. */
  indexed: string;
  han: boolean;
}

/**
 * Cut a query into terms: each run of Chinese characters is one term (a phrase of characters),
 * every other whitespace-separated token one word; tokens of punctuation alone are dropped.
 */
export function queryTerms(q: string): Term[] {
  const out: Term[] = [];
  for (const [token] of foldWidth(q).matchAll(termPattern)) {
    if (hanStart.test(token)) out.push({ text: token, indexed: spaceHan(token), han: true });
    else if (wordChar.test(token)) out.push({ text: token, indexed: token, han: false });
  }
  return out;
}

/** The query as Pagefind's ranked search sees it: every term, Chinese characters spaced. */
export function prepareQuery(q: string): string | null {
  const terms = queryTerms(q);
  return terms.length ? terms.map((t) => t.indexed).join(' ') : null;
}

/**
 * Pagefind's exact (quoted) search for one term. It looks the term's stem up without Pagefind's
 * prefix matching, so it never answers a word the index lacks with a shorter one, and it needs
 * a Chinese run's characters to be adjacent, so 华为 matches 华为 and not 华 … 为.
 */
export function exactQuery(term: Term): string {
  return `"${term.indexed}"`;
}
