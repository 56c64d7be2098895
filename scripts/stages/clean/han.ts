/**
 * Script=Han membership (and CJK punctuation) of every BMP code unit, worked out once: a table
 * lookup per character is several times cheaper than a Unicode property regex over the text,
 * and gives the same answers. Astral characters (CJK extensions) are tested one by one.
 */

const HAN_CHAR = /^\p{Script=Han}$/u;
const CJK_PUNCT = /^[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f]$/;

/** 1 where the code unit is a Han character (no Han character lies below U+2E80). */
export const HAN_BMP = new Uint8Array(0x10000);
/** 1 where the code unit is a Han character or CJK punctuation (`cjkSpacing.ts`). */
export const CJK_BMP = new Uint8Array(0x10000);
for (let c = 0x2000; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  if (c >= 0x2e80 && HAN_CHAR.test(ch)) HAN_BMP[c] = CJK_BMP[c] = 1;
  if (CJK_PUNCT.test(ch)) CJK_BMP[c] = 1;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Is the code point starting at `i` in `table` (or, when astral, a Han character)? */
export function inTableAt(table: Uint8Array, s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (isHigh(c) && isLow(s.charCodeAt(i + 1))) return HAN_CHAR.test(s.slice(i, i + 2));
  return table[c] === 1;
}

/** Is the code point ending just before `i` in `table` (or, when astral, a Han character)? */
export function inTableBefore(table: Uint8Array, s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  if (isLow(c) && i >= 2 && isHigh(s.charCodeAt(i - 2))) return HAN_CHAR.test(s.slice(i - 2, i));
  return table[c] === 1;
}

/**
 * Runs of ASCII spaces with a `table` character on both sides, counted up to `max`: the number
 * of matches of `/(?<=[…]) +(?=[…])/gu` for the same class.
 */
export function spacedRuns(s: string, table: Uint8Array, max = Infinity): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0 && n < max; i = s.indexOf(' ', i + 1)) {
    if (i === 0 || !inTableBefore(table, s, i)) continue;
    let j = i + 1;
    while (s.charCodeAt(j) === 32) j++;
    if (j < s.length && inTableAt(table, s, j)) n++;
    i = j - 1;
  }
  return n;
}

/** Han characters in a string (the matches of `/\p{Script=Han}/gu`). */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (isHigh(c)) {
      if (isLow(s.charCodeAt(i + 1))) {
        if (HAN_CHAR.test(s.slice(i, i + 2))) n++;
        i++;
      }
    } else n += HAN_BMP[c]!;
  }
  return n;
}

/** Size of a table indexed by `pairSlot`: small enough to stay in cache beside the rest. */
export const PAIR_SLOTS = 1 << 14;

/**
 * Slot of two code units in a table of PAIR_SLOTS entries that pre-checks dictionary lookups of
 * Chinese names: a set slot may be a false alarm, a clear one never is. `b` is NaN past a text's
 * end and then shares a slot with U+FFFF.
 */
export const pairSlot = (a: number, b: number): number =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b || 0xffff, 0x85ebca6b)) >>> 18;
