/** A name to look for: `id` points into the vocabulary's entries. */
export interface Pattern {
  text: string;
  id: number;
  /** Match only with exactly this capitalisation. */
  exact: boolean;
  /** Counts only once the company is confirmed (see companies.yml). */
  guard: boolean;
}

/** One name found in a text: [start, end) in UTF-16 units. */
export interface Hit {
  id: number;
  start: number;
  end: number;
  guard: boolean;
}

interface Node {
  /** Children by code unit while building; kept only for nodes with more than FAN children. */
  next: Map<number, Node> | null;
  /** Children of the other nodes as parallel arrays: most have one or two, and a short linear
   * search beats hashing. */
  codes: number[];
  kids: Node[];
  /** Patterns whose lower-cased text ends here. */
  ends: Pattern[];
}

const FAN = 6;
const newNode = (): Node => ({ next: new Map(), codes: [], kids: [], ends: [] });

/** Settle each node's children into the form `childOf` reads (one form only, so a node has no
 * second path to a child). */
function freeze(node: Node): void {
  if (!node.next) return;
  for (const kid of node.next.values()) freeze(kid);
  if (node.next.size > FAN) return;
  for (const [c, kid] of node.next) {
    node.codes.push(c);
    node.kids.push(kid);
  }
  node.next = null;
}

function childOf(node: Node, c: number): Node | undefined {
  if (node.next) return node.next.get(c);
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === c) return node.kids[k];
  return undefined;
}

/**
 * Compiled dictionary: a trie over ASCII-lower-cased names, walked once per text position; its
 * first level is a flat array indexed by code unit, the common miss costing one array read.
 */
export interface Matcher {
  first: (Node | undefined)[];
}

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** ASCII-only lower-casing keeps offsets aligned with the original text. */
export function lowerAscii(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** Build the trie; names are NFKC-normalised like the texts they are matched against. */
export function buildMatcher(patterns: Pattern[]): Matcher {
  const root = newNode();
  for (const p of patterns) {
    const text = p.text.normalize('NFKC');
    const lower = lowerAscii(text);
    let node = root;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const next = node.next!;
      let child = next.get(c);
      if (!child) next.set(c, (child = newNode()));
      node = child;
    }
    node.ends.push({ ...p, text });
  }
  const first: (Node | undefined)[] = new Array(65536).fill(undefined);
  for (const [c, node] of root.next!) {
    freeze(node);
    first[c] = node;
  }
  return { first };
}

/**
 * A Latin name must not start or end inside a word. Machine translation glues words
 * ("GSXWuhan"), so an all-caps name may end where a capitalised word begins.
 */
function endsCleanly(text: string, name: string, end: number): boolean {
  const last = name.charCodeAt(name.length - 1);
  if (!isWordCode(last) || end >= text.length) return true;
  const next = text.charCodeAt(end);
  if (!isWordCode(next)) return true;
  return isUpper(last) && isUpper(next) && isLower(text.charCodeAt(end + 1));
}

function accept(text: string, p: Pattern, start: number, end: number): boolean {
  if (p.exact && !text.startsWith(p.text, start)) return false;
  return endsCleanly(text, p.text, end);
}

/** Every dictionary name in `text`, left to right, longest match first, no overlaps. */
export function scan(m: Matcher, text: string): Hit[] {
  const hits: Hit[] = [];
  const n = text.length;
  // Lower-casing inline (ASCII only, as `lowerAscii`) spares a copy of every text.
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const word = isWordCode(c);
    // A name never starts inside a word.
    if (word && prevWord) continue;
    prevWord = word;
    let node = m.first[isUpper(c) ? c + 32 : c];
    if (!node) continue;
    let best: Hit | null = null;
    for (let j = i + 1; node; j++) {
      for (const p of node.ends) {
        if (accept(text, p, i, j)) {
          best = { id: p.id, start: i, end: j, guard: p.guard };
          break;
        }
      }
      if (j >= n) break;
      const d = text.charCodeAt(j);
      node = childOf(node, isUpper(d) ? d + 32 : d);
    }
    if (best) {
      hits.push(best);
      i = best.end - 1;
      prevWord = isWordCode(text.charCodeAt(i));
    }
  }
  return hits;
}

/** Index of the first hit ending after `pos`; hits are sorted and do not overlap. */
function firstEndingAfter(hits: Hit[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid]?.end ?? Infinity) > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Does any hit overlap [start, end)? Binary search keeps long texts linear. */
export function overlaps(hits: Hit[], start: number, end: number): boolean {
  const i = firstEndingAfter(hits, start);
  return (hits[i]?.start ?? Infinity) < end;
}

/** The hits lying inside [start, end). */
export function hitsWithin(hits: Hit[], start: number, end: number): Hit[] {
  const out: Hit[] = [];
  for (let i = firstEndingAfter(hits, start), h = hits[i]; h && h.start < end; h = hits[++i]) out.push(h);
  return out;
}

/** Insert a hit keeping the list sorted. */
export function addHit(hits: Hit[], hit: Hit): void {
  hits.splice(firstEndingAfter(hits, hit.start), 0, hit);
}
