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

/**
 * The content words of a text, in order: English words lower-cased and Porter-stemmed, Chinese
 * runs cut into words by jieba, with stop words (stopwords-iso), numbers and one-letter or
 * one-character words left out. These are the terms related articles are matched on.
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  // Han runs apart from other letters and digits: "P5成功挑战" is the word p5, then Chinese words.
  const word = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])+`;
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Script=Han}+)|(${word}(?:['’-]${word})*)`, 'gu'))) {
    if (m[1]) {
      for (const w of cutWords(m[1])) if (w.length >= 2 && !stopZh.has(w)) out.push(w);
      continue;
    }
    const w = (m[2] ?? '').toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    // A word needs a letter; short ones only count when they mix in a digit (5g, m1, a380).
    if (!/\p{L}/u.test(w) || (w.length < 3 && !/\d/.test(w)) || stopEn.has(w)) continue;
    out.push(/^[a-z]+$/.test(w) ? stemmer(w) : w);
  }
  return out;
}
