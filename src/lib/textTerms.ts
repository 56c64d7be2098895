import { stemmer } from 'stemmer';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { cutWords } from './jieba.ts';

const stopEn = new Set(stopwords.en);
const stopZh = new Set(stopwords.zh);

/** Markdown reduced to its running text: link targets, bare URLs, emphasis and heading marks removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<?(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/[*_#>`|\\]+/g, ' ');
}

// Han runs apart from other letters and digits: "P5成功挑战" is the word p5, then Chinese words.
const latinWord = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])+`;
const tokens = new RegExp(String.raw`(\p{Script=Han}+)|(${latinWord}(?:['’-]${latinWord})*)`, 'gu');
const hasHan = /\p{Script=Han}/u;
// The same words recur across an archive: stem each once.
const stems = new Map<string, string>();

/** One English (or other non-Chinese) word as a term, or null when it is a stop word or noise. */
function latinTerm(raw: string): string | null {
  const w = raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  // A word needs a letter; short ones only count when they mix in a digit (5g, m1, a380).
  if (!/\p{L}/u.test(w) || (w.length < 3 && !/\d/.test(w)) || stopEn.has(w)) return null;
  if (!/^[a-z]+$/.test(w)) return w;
  let stem = stems.get(w);
  if (stem === undefined) stems.set(w, (stem = stemmer(w)));
  return stem;
}

/**
 * The content words of a text, in order: English words lower-cased and Porter-stemmed, Chinese
 * cut into words by jieba, with stop words (stopwords-iso), numbers and one-letter or
 * one-character words left out. These are the terms related articles are matched on.
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  // Text with Chinese goes to jieba once (one call, not one per run of characters); its pieces
  // are then read like any other text.
  for (const piece of hasHan.test(text) ? cutWords(text) : [text])
    for (const m of piece.matchAll(tokens)) {
      if (m[1]) {
        if (m[1].length >= 2 && !stopZh.has(m[1])) out.push(m[1]);
        continue;
      }
      const term = latinTerm(m[2] ?? '');
      if (term) out.push(term);
    }
  return out;
}
