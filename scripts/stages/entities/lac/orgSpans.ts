import type { LacModel } from './model.ts';
import { tagChars } from './tagger.ts';

/** An organisation name LAC found: [start, end) in the text it was given. */
export interface Span {
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
// Sentences end at these; a span never crosses one.
const SENTENCE = /[^。！？!?；;\n]*[。！？!?；;\n]?/gu;
// Longer "sentences" are tables or run-on lists: cut them so one call stays bounded.
const MAX_CHARS = 160;
// Per model: two models (a test's and the ingest's) never share answers.
const caches = new WeakMap<LacModel, Map<string, Span[]>>();

function orgsIn(model: LacModel, sentence: string): Span[] {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const hit = cache.get(sentence);
  if (hit) return hit;
  // Offsets are in UTF-16 units, the tagger sees code points.
  const chars = [...sentence];
  const tags = tagChars(model, chars);
  const out: Span[] = [];
  let at = 0;
  let open = -1;
  chars.forEach((ch, i) => {
    const tag = tags[i];
    if (open >= 0 && tag !== 'ORG-I') {
      out.push({ start: open, end: at });
      open = -1;
    }
    if (tag === 'ORG-B') open = at;
    at += ch.length;
  });
  if (open >= 0) out.push({ start: open, end: at });
  if (cache.size > 50_000) cache.clear();
  cache.set(sentence, out);
  return out;
}

/**
 * Organisation spans LAC tags in the sentences of `text` that `wanted` accepts (all when it is
 * absent), in text order. Sentences are tagged on their own and cached: the same sentence
 * (a site's furniture, a repeated lead) is tagged once per process.
 */
export function orgSpans(model: LacModel, text: string, wanted?: (sentence: string) => boolean): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const whole = m[0];
    if (!whole || !HAN.test(whole) || (wanted && !wanted(whole))) continue;
    for (let from = 0; from < whole.length; from += MAX_CHARS) {
      const piece = whole.slice(from, from + MAX_CHARS);
      for (const s of orgsIn(model, piece))
        out.push({ start: m.index + from + s.start, end: m.index + from + s.end });
    }
  }
  return out;
}
