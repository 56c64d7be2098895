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
  next: Map<number, Node>;
  /** Patterns whose lower-cased text ends here. */
  ends: Pattern[];
}

/**
 * Compiled dictionary: a trie over ASCII-lower-cased names, walked once per text position. Its
 * first level is a flat array indexed by code unit (0 = no name starts so), the common miss
 * costing one array read; deeper edges live in one open-addressed hash table of typed arrays,
 * several times cheaper to probe than a Map per node.
 */
export interface Matcher {
  first: Int32Array;
  /** Patterns ending at each node (by node number), or null. */
  ends: (Pattern[] | null)[];
  /** Edge table: parent node (0 = empty slot), code unit and child node per slot. */
  from: Int32Array;
  code: Int32Array;
  to: Int32Array;
  shift: number;
}

const slotOf = (node: number, c: number, shift: number): number =>
  (Math.imul(node, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) >>> shift;

function childOf(m: Matcher, node: number, c: number): number {
  const mask = m.from.length - 1;
  for (let h = slotOf(node, c, m.shift); ; h = (h + 1) & mask) {
    const f = m.from[h]!;
    if (f === 0) return 0;
    if (f === node && m.code[h] === c) return m.to[h]!;
  }
}

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** ASCII-only lower-casing keeps offsets aligned with the original text. */
export function lowerAscii(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** Number the trie's nodes (the root is 0) and lay its edges out in the hash table. */
function flatten(root: Node): Matcher {
  const nodes: Node[] = [root];
  const edges: [number, number, number][] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (const [c, kid] of nodes[i]!.next) {
      edges.push([i, c, nodes.length]);
      nodes.push(kid);
    }
  }
  const bits = Math.max(4, Math.ceil(Math.log2(edges.length * 2 + 1)));
  const shift = 32 - bits;
  const m: Matcher = {
    first: new Int32Array(65536),
    ends: nodes.map((n) => (n.ends.length > 0 ? n.ends : null)),
    from: new Int32Array(1 << bits),
    code: new Int32Array(1 << bits),
    to: new Int32Array(1 << bits),
    shift,
  };
  const mask = m.from.length - 1;
  for (const [from, c, to] of edges) {
    if (from === 0) {
      m.first[c] = to;
      continue;
    }
    let h = slotOf(from, c, shift);
    while (m.from[h] !== 0) h = (h + 1) & mask;
    m.from[h] = from;
    m.code[h] = c;
    m.to[h] = to;
  }
  return m;
}

/** Build the trie; names are NFKC-normalised like the texts they are matched against. */
export function buildMatcher(patterns: Pattern[]): Matcher {
  const root: Node = { next: new Map(), ends: [] };
  for (const p of patterns) {
    const text = p.text.normalize('NFKC');
    const lower = lowerAscii(text);
    let node = root;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), ends: [] }));
      node = child;
    }
    node.ends.push({ ...p, text });
  }
  return flatten(root);
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
    let node = m.first[isUpper(c) ? c + 32 : c]!;
    if (node === 0) continue;
    let best: Hit | null = null;
    for (let j = i + 1; node !== 0; j++) {
      const ends = m.ends[node];
      if (ends) {
        for (const p of ends) {
          if (accept(text, p, i, j)) {
            best = { id: p.id, start: i, end: j, guard: p.guard };
            break;
          }
        }
      }
      if (j >= n) break;
      const d = text.charCodeAt(j);
      node = childOf(m, node, isUpper(d) ? d + 32 : d);
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
