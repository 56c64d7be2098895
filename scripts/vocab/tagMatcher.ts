/**
 * Keyword matching for topic tags. English phrases match whole words, each keyword word also
 * matching its regular inflections (see tagText.ts): "data centre" finds "data centres".
 * Chinese phrases match as substrings. Both are tries, walked once over the text.
 */
import { PAIR_SLOTS, pairSlot } from '../stages/clean/han.ts';
import { inflections, MASK, prepareText, scan, wordHash } from './tagText.ts';

export { inflections, prepareText } from './tagText.ts';

/** One phrase to look for: the tag it belongs to and what a hit is worth (0 = exclusion). */
export interface Phrase {
  tag: number;
  text: string;
  weight: number;
  script: 'en' | 'zh';
}

/** A found phrase: which one (index in the compiled list), its tag, UTF-16 span and weight. */
export interface Hit {
  phrase: number;
  tag: number;
  start: number;
  end: number;
  weight: number;
}

interface Entry {
  phrase: number;
  tag: number;
  weight: number;
}

interface TrieNode<K> {
  next: Map<K, TrieNode<K>>;
  ends: Entry[];
}

// A phrase with many inflectable words would multiply into many paths; beyond this only the
// last word is inflected ("data centres", not "datas centre").
const MAX_PATHS = 64;

/** Compiled matcher: a trie of words for English phrases, of UTF-16 codes for Chinese ones. */
export interface TagMatcher {
  words: TrieNode<string>;
  han: TrieNode<number>;
  /** 1 at the hash of every word that starts an English phrase, and at every code that starts a
   * Chinese one: cheap tests that spare most words and characters a trie lookup. */
  firstWord: Uint8Array;
  hanFirst: Uint8Array;
  /** 1 at `pairSlot` of the first two codes of every Chinese phrase, and at the code of every
   * one-character phrase: most characters that could start a phrase are ruled out here. */
  hanPairs: Uint8Array;
  hanSolo: Uint8Array;
}

function addPath<K>(root: TrieNode<K>, path: K[], entry: Entry): void {
  let node = root;
  for (const w of path) {
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = { next: new Map(), ends: [] }));
    node = child;
  }
  if (!node.ends.some((e) => e.phrase === entry.phrase)) node.ends.push(entry);
}

/** Compile phrases into a matcher; phrases with no matchable content are ignored. */
export function compileMatcher(phrases: Phrase[]): TagMatcher {
  const root: TrieNode<string> = { next: new Map(), ends: [] };
  const han: TrieNode<number> = { next: new Map(), ends: [] };
  const hanFirst = new Uint8Array(0x10000);
  const hanPairs = new Uint8Array(PAIR_SLOTS);
  const hanSolo = new Uint8Array(0x10000);
  const firstWord = new Uint8Array(MASK + 1);
  for (const [phrase, p] of phrases.entries()) {
    const text = prepareText(p.text).trim();
    if (!text) continue;
    if (p.script === 'en') {
      const { start, end } = scan(text, hanFirst);
      const word = start.map((s, i) => text.slice(s, end[i]));
      if (word.length === 0) continue;
      const forms = word.map(inflections);
      if (forms.reduce((n, f) => n * f.length, 1) > MAX_PATHS)
        forms.forEach((f, i) => i < forms.length - 1 && f.splice(1));
      let paths: string[][] = [[]];
      for (const f of forms) paths = paths.flatMap((path) => f.map((w) => [...path, w]));
      for (const path of paths) addPath(root, path, { phrase, tag: p.tag, weight: p.weight });
      for (const w of forms[0]!) firstWord[wordHash(w)] = 1;
    } else {
      const codes = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
      addPath(han, codes, { phrase, tag: p.tag, weight: p.weight });
      hanFirst[codes[0]!] = 1;
      if (codes.length === 1) hanSolo[codes[0]!] = 1;
      else hanPairs[pairSlot(codes[0]!, codes[1]!)] = 1;
    }
  }
  return { words: root, han, firstWord, hanFirst, hanPairs, hanSolo };
}

/** Per tag, in order of start: the longest hit at a start wins, and covered text is skipped. */
function pickLongest(hits: Hit[], out: Hit[]): void {
  let covered = 0;
  for (let i = 0; i < hits.length;) {
    let best = hits[i]!;
    let j = i + 1;
    for (; j < hits.length && hits[j]!.start === best.start; j++)
      if (hits[j]!.end > best.end) best = hits[j]!;
    if (best.start >= covered) {
      out.push(best);
      covered = best.end;
    }
    i = j;
  }
}

/** Hits in one prepared segment, and its length: Latin words and Chinese characters. */
export interface SegmentMatch {
  hits: Hit[];
  words: number;
  han: number;
}

/** The hits of `matchSegment`, for callers that do not need the segment's length. */
export function findHits(text: string, m: TagMatcher): Hit[] {
  return matchSegment(text, m).hits;
}

/**
 * All hits in one prepared segment. Per tag, the longest phrase at a position wins and text a hit
 * covers is not counted again for that tag, so "cloud computing" is one hit, not two, and an
 * exclusion (weight 0) swallows the keyword inside it.
 */
export function matchSegment(text: string, m: TagMatcher): SegmentMatch {
  // Hits per tag, each list in order of start (English first, then Chinese, merged below).
  const byTag: ({ en: Hit[]; zh: Hit[] } | undefined)[] = [];
  const push = (script: 'en' | 'zh', h: Hit) => (byTag[h.tag] ??= { en: [], zh: [] })[script].push(h);
  const { start, end, hash, firstHan, han } = scan(text, m.hanFirst);
  const n = start.length;
  const next = (node: TrieNode<string>, k: number) =>
    k < n ? node.next.get(text.slice(start[k], end[k])) : undefined;
  for (let i = 0; i < n; i++) {
    let node = m.firstWord[hash[i]!] === 1 ? next(m.words, i) : undefined;
    for (let j = i; node;) {
      for (const e of node.ends)
        push('en', { phrase: e.phrase, tag: e.tag, start: start[i]!, end: end[j]!, weight: e.weight });
      j += 1;
      node = next(node, j);
    }
  }
  for (let i = Math.max(firstHan, 0); firstHan >= 0 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (m.hanFirst[c] === 0) continue;
    if (m.hanSolo[c] === 0 && m.hanPairs[pairSlot(c, text.charCodeAt(i + 1))] === 0) continue;
    let node = m.han.next.get(c);
    for (let j = i + 1; node; j++) {
      for (const e of node.ends)
        push('zh', { phrase: e.phrase, tag: e.tag, start: i, end: j, weight: e.weight });
      node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
    }
  }
  const hits: Hit[] = [];
  for (const lists of byTag) {
    if (!lists) continue;
    const { en, zh } = lists;
    pickLongest(
      en.length === 0 ? zh : zh.length === 0 ? en : [...en, ...zh].sort((a, b) => a.start - b.start),
      hits,
    );
  }
  return { hits, words: n, han };
}
