import { sharedJieba } from '../../../src/lib/jieba.ts';

/** A word of a jieba segmentation: [start, end) in the text, with its part-of-speech tag. */
export interface Word {
  start: number;
  end: number;
  word: string;
  tag: string;
}

/** jieba's words (no HMM: the dictionary's words only, so the cut is stable) with their offsets. */
export function segment(text: string): Word[] {
  const hit = cache.get(text);
  if (hit) return hit.map((w) => ({ ...w }));
  const out: Word[] = [];
  let at = 0;
  for (const { word, tag } of sharedJieba().tag(text, false)) {
    const start = text.indexOf(word, at);
    if (start < 0) continue;
    out.push({ start, end: start + word.length, word, tag });
    at = start + word.length;
  }
  if (text.length <= 24) {
    if (cache.size > 20_000) cache.clear();
    cache.set(
      text,
      out.map((w) => ({ ...w })),
    );
  }
  return out;
}

// The same short windows recur (该公司, 市民…); a call into jieba costs more than a lookup.
const cache = new Map<string, Word[]>();

const WINDOW = 8;
const HAN_CHAR = /\p{Script=Han}/u;

/**
 * Is [start, end) of `text` a word of its own, as jieba cuts the text around it? A place name
 * inside a longer word (达州 in 佛罗里达州, 万象 in 万象更新) is not. A word that only adds 市
 * (北京市) still stands for it.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  // Between non-Han characters (punctuation, digits, Latin) the name is a word of its own.
  if (!HAN_CHAR.test(text.charAt(start - 1)) && !HAN_CHAR.test(text.charAt(end))) return true;
  const from = Math.max(0, start - WINDOW);
  const words = segment(text.slice(from, Math.min(text.length, end + WINDOW)));
  const s = start - from;
  const e = end - from;
  for (const w of words) {
    if (w.end <= s || w.start >= e) continue;
    if (w.start === s && w.end === e) return true;
    if (w.start === s && w.end === e + 1 && w.word.endsWith('市')) return true;
    if (w.start <= s && w.end >= e) return false;
    // The name is cut in two (or more) words: it is not one word in this text.
    if (w.start < s || w.end > e || w.start > s) return false;
  }
  return false;
}

// jieba tags of ordinary words: nouns, verbs, adjectives, adverbs, time, numbers, idioms.
const COMMON = new Set(['n', 'v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 't', 'm', 'f', 'j', 'l', 'i', 'p', 'c']);

/**
 * Is `s` an ordinary phrase rather than a name: nothing but dictionary words of two characters or
 * more with ordinary tags (电力 "electric power", 外贸 "foreign trade", 国家铁路)? A brand is
 * either a word of its own kind (亚华/nz) or single characters jieba cannot join (协盛).
 */
export function isCommonPhrase(s: string): boolean {
  const words = segment(s);
  // Places before it (瑞典电动汽车公司) name where, not who; a long place alone (马来西亚置业) names
  // no company either, but jieba tags many two-character brands as places (太极实业).
  const place = words[0]?.tag === 'ns' ? words[0] : undefined;
  while (words[0]?.tag === 'ns') words.shift();
  if (words.length === 0) return (place?.word.length ?? 0) >= 3;
  return words.every((w) => w.word.length >= 2 && COMMON.has(w.tag));
}

// Verbs, prepositions, conjunctions, adverbs, pronouns, particles and numbers end a phrase that
// comes before a name; single-character verbs are often part of one (协盛).
const BREAK = new Set([
  'v',
  'ad',
  'p',
  'c',
  'd',
  'r',
  'u',
  'uj',
  'ul',
  'uz',
  'ug',
  'ud',
  'm',
  'q',
  'f',
  'y',
  'x',
]);

/**
 * The name inside the characters before a company word: what follows the last verb, preposition
 * or number (包括美国六间科技公司 holds no name; 内容显示吉安三石 holds 吉安三石).
 */
export function nameCore(s: string): string {
  const words = segment(s);
  let from = 0;
  words.forEach((w, i) => {
    if (w.word === '大' && words[i - 1]?.tag === 'm') from = i + 1;
    // A one-character numeral is a quantity only with a measure word after it (六间, not 三石).
    // 三大, 十大 ("the big three"): a numeral with 大 after it counts things, like one with a measure word.
    const counted = words[i + 1]?.tag === 'q' || words[i + 1]?.word === '大';
    const single = w.word.length === 1 && (w.tag === 'v' || (w.tag === 'm' && !counted));
    // 深圳回收宝: a verb right after the city a name opens with belongs to the brand.
    const brand = w.tag === 'v' && i === 1 && words[0]?.tag === 'ns';
    if (BREAK.has(w.tag) && !single && !brand) from = i + 1;
  });
  return words
    .slice(from)
    .map((w) => w.word)
    .join('');
}
