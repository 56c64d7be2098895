import { KNOWN_TAGS, escapeAttribute } from './htmlTags.ts';

/**
 * Repair tags that machine translation spaced out or broke: `< / P >`, `< p >`,
 * `< a target = "_ blank" href=" https://… ">`, `< a "_ blank" href=" … ">`, and an `<a …` whose
 * `>` was lost. Only applied to blocks that show the pattern, so `a < b` in prose stays text.
 */

// `<`, optional slash, a name, then anything up to `>` or the next `<` (bounded: no backtracking).
const SPACED_TAG = /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]{0,15})([^<>]{0,2000})(>?)/g;
const SPACED_CLOSE = /<\s*\/\s*([a-zA-Z][a-zA-Z0-9]{0,15})\s*>|<\s+([a-zA-Z][a-zA-Z0-9]{0,15})\s*\/?\s*>/g;
const ATTRIBUTE = /([a-zA-Z][a-zA-Z-]{0,30})\s*=\s*"([^"]{0,2000})"?/g;
const TAG = /(<\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s+[a-zA-Z-]{1,30}(?:="[^"<>]{0,2000}")?){0,20}\s*\/?>)/;
const KEPT_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title']);
// Pieces of attributes left in the text when a tag lost its `<`.
const DEBRIS =
  /(?:\b(?:target|href|class|style|rel|title)\s*=\s*)?"\s*_\s*blank\s*"|\b(?:target|href|rel)\s*=\s*"[^"<>]{0,2000}"?\s*>?/g;

/** True when `text` has machine-translated tags such as `< / p >` (at least two, or one closing). */
export function hasMangledTags(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(SPACED_CLOSE)) {
    const name = (m[1] ?? m[2] ?? '').toLowerCase();
    // Real tags (`</p>`) match too; only spaced-out ones count.
    if (!KNOWN_TAGS.has(name) || !/\s/.test(m[0])) continue;
    if (m[1] !== undefined) return true;
    if (++n >= 2) return true;
  }
  return /<\s*a\s[^<>]{0,200}"\s*_\s+blank\s*"/i.test(text);
}

function rebuild(slash: string, name: string, rest: string): string | undefined {
  const blank = rest.trim() === '';
  if (slash) return blank ? `</${name}>` : undefined;
  // A bare `< a >` never opens a useful link: in these texts it is a mangled `</a>`.
  if (blank || rest.trim() === '/') return name === 'a' ? '</a>' : `<${name}>`;
  const attributes: string[] = [];
  for (const [, key, raw] of rest.matchAll(ATTRIBUTE)) {
    const k = key!.toLowerCase();
    if (!KEPT_ATTRIBUTES.has(k)) continue;
    // Translation inserts spaces into URLs (`https: //`); a URL never contains a raw space.
    const value = k === 'href' || k === 'src' ? raw!.replace(/\s+/g, '') : raw!.trim();
    if (value) attributes.push(` ${k}="${escapeAttribute(value)}"`);
  }
  if (!/=\s*"|"\s*_\s*blank/.test(rest)) return undefined;
  if (name === 'a' && attributes.length === 0) return '</a>';
  return `<${name}${attributes.join('')}>`;
}

/** Rewrite mangled tags as real ones and drop attribute debris that lost its tag. */
export function repairMangledTags(text: string): string {
  const rebuilt = text.replace(
    SPACED_TAG,
    (whole, slash: string, name: string, rest: string, close: string) => {
      const lower = name.toLowerCase();
      if (!KNOWN_TAGS.has(lower)) return whole;
      // A well-formed tag is left to the HTML parser as it is.
      if (close && /^<\/?[a-zA-Z]/.test(whole) && !/"\s*_\s+blank/.test(rest)) return whole;
      return rebuild(slash, lower, rest) ?? whole;
    },
  );
  // Debris only lives in text, never inside the tags: odd pieces of the split are tags.
  return rebuilt
    .split(TAG)
    .map((piece, i) => (i % 2 === 0 ? piece.replace(DEBRIS, '') : piece))
    .join('');
}
