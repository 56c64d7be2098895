/**
 * Repeated paragraphs: a caption or teaser a page shows several times (`… What kind of signa -
 * DayDayNews`), exactly or cut short. A paragraph is a repeat when its key (plain text, case
 * and spacing folded, a trailing site name and ellipsis removed) equals an earlier paragraph's
 * key, or when it is a truncated copy: its key, not ending a sentence, begins another
 * paragraph's longer key.
 */

import { collapseSpace } from '../meta/text.ts';

const SENTENCE_END = /[.!?。！？”"』」)）]$/u;
const BUCKET = 16;

/** Comparison key of a paragraph's plain text. */
export function repeatKey(plain: string, siteSuffix: RegExp | undefined): string {
  const key = collapseSpace(plain.toLowerCase());
  // Only the end of a key can carry a site name or an ellipsis.
  const cut = Math.max(0, key.length - 80);
  let end = key.slice(cut);
  if (siteSuffix) end = end.replace(siteSuffix, '');
  if (end.endsWith('…') || end.endsWith('...')) end = end.replace(/(?:…|\.{3})$/u, '');
  return cut === 0 ? end.trim() : (key.slice(0, cut) + end).trim();
}

/** Indexes of paragraphs that repeat another one (the first full occurrence is not marked). */
export function findRepeats(keys: string[], minLength: number): Set<number> {
  const repeats = new Set<number>();
  const seen = new Set<string>();
  // Paragraphs grouped by the start of their key, so prefix checks stay near linear.
  const buckets = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const bucket = buckets.get(key.slice(0, BUCKET)) ?? [];
    bucket.push(i);
    buckets.set(key.slice(0, BUCKET), bucket);
  });
  keys.forEach((key, i) => {
    if (key.length < minLength) return;
    if (seen.has(key)) {
      repeats.add(i);
      return;
    }
    seen.add(key);
    if (SENTENCE_END.test(key)) return;
    const group = buckets.get(key.slice(0, BUCKET)) ?? [];
    if (
      group.length > 1 &&
      group.some((j) => j !== i && keys[j]!.length > key.length && keys[j]!.startsWith(key))
    ) {
      repeats.add(i);
    }
  });
  return repeats;
}
