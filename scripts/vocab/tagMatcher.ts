/**
 * Keyword matching for topic tags. English phrases match whole words after a light inflection
 * normalisation (plural -s/-es/-ies, -ed, -ing, final -e), applied alike to keywords and text, so
 * "data centre" finds "data centres" and "invest" finds "invested". A full stemmer (Porter) was
 * rejected: it merges unrelated words ("international" → "intern", "earnings" → "earn") and a
 * tag vocabulary needs predictable matches more than recall. Chinese phrases match as substrings.
 */

/** One phrase to look for: the tag it belongs to and what a hit is worth (0 = exclusion). */
export interface Phrase {
  tag: number;
  text: string;
  weight: number;
  script: 'en' | 'zh';
}

/** A found phrase: tag index, UTF-16 span in the lowercased segment, and weight. */
export interface Hit {
  tag: number;
  start: number;
  end: number;
  weight: number;
}

interface Entry {
  tag: number;
  weight: number;
  length: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: Entry[];
}

/** Compiled matcher: a word trie for English phrases and first-character buckets for Chinese. */
export interface TagMatcher {
  words: TrieNode;
  han: Map<string, { text: string; entry: Entry }[]>;
}

// Words whose final s is not a plural; left alone so that "news" does not become "new".
const INVARIANT = new Set(['news', 'series', 'species', 'analysis', 'its', 'has', 'was', 'does', 'gas']);
const cache = new Map<string, string>();

function inflect(word: string): string {
  if (word.length <= 2 || INVARIANT.has(word) || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.length > 4 && /ie[sd]$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (/(ss|sh|ch|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (/(ss|us|is)$/.test(w)) return w;
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.length >= 6 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-km-np-rtv-y])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** Normalise one lowercase word for matching: `services` → `servic`, `shipped` → `ship`. */
export function normaliseWord(word: string): string {
  let n = cache.get(word);
  if (n === undefined) {
    n = inflect(word);
    // Bounded so that a run over a huge corpus cannot grow the cache without limit.
    if (cache.size > 200_000) cache.clear();
    cache.set(word, n);
  }
  return n;
}

/** Lowercase a text segment for matching; possessive 's is dropped and full-width forms folded. */
export function prepareText(text: string): string {
  let t = text.toLowerCase();
  if (/[\uff01-\uff5e]/.test(t)) t = t.normalize('NFKC');
  return t.replace(/['’]s\b/g, '');
}

const WORD = /[a-z0-9]+/g;

function words(text: string): { norm: string[]; start: number[]; end: number[] } {
  const norm: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    norm.push(normaliseWord(m[0]));
    start.push(m.index);
    end.push(m.index + m[0].length);
  }
  return { norm, start, end };
}

/** Compile phrases into a matcher; phrases with no matchable content are ignored. */
export function compileMatcher(phrases: Phrase[]): TagMatcher {
  const root: TrieNode = { next: new Map(), ends: [] };
  const han = new Map<string, { text: string; entry: Entry }[]>();
  for (const p of phrases) {
    const text = prepareText(p.text).trim();
    if (!text) continue;
    if (p.script === 'en') {
      const { norm } = words(text);
      if (norm.length === 0) continue;
      let node = root;
      for (const w of norm) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map(), ends: [] }));
        node = child;
      }
      node.ends.push({ tag: p.tag, weight: p.weight, length: norm.length });
    } else {
      const first = text[0]!;
      const list = han.get(first) ?? [];
      list.push({ text, entry: { tag: p.tag, weight: p.weight, length: text.length } });
      han.set(first, list);
    }
  }
  for (const list of han.values()) list.sort((a, b) => b.text.length - a.text.length);
  return { words: root, han };
}

/**
 * All hits in one prepared segment. Per tag, the longest phrase at a position wins and text a hit
 * covers is not counted again for that tag, so "cloud computing" is one hit, not two, and an
 * exclusion (weight 0) swallows the keyword inside it.
 */
export function findHits(text: string, m: TagMatcher): Hit[] {
  const raw: Hit[] = [];
  const { norm, start, end } = words(text);
  for (let i = 0; i < norm.length; i++) {
    let node = m.words.next.get(norm[i]!);
    for (let j = i; node; ) {
      for (const e of node.ends) raw.push({ tag: e.tag, start: start[i]!, end: end[j]!, weight: e.weight });
      j += 1;
      node = j < norm.length ? node.next.get(norm[j]!) : undefined;
    }
  }
  if (m.han.size > 0) {
    for (let i = 0; i < text.length; i++) {
      const list = m.han.get(text[i]!);
      if (!list) continue;
      for (const k of list) {
        if (text.startsWith(k.text, i)) raw.push({ tag: k.entry.tag, start: i, end: i + k.text.length, weight: k.entry.weight });
      }
    }
  }
  raw.sort((a, b) => a.tag - b.tag || a.start - b.start || b.end - a.end);
  const hits: Hit[] = [];
  let tag = -1;
  let covered = 0;
  for (const h of raw) {
    if (h.tag !== tag) [tag, covered] = [h.tag, 0];
    if (h.start < covered) continue;
    covered = h.end;
    hits.push(h);
  }
  return hits;
}
