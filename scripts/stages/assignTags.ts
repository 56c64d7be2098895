import type { TagVocab } from '../vocab/tags.ts';
import { matchSegment, prepareText } from '../vocab/tagMatcher.ts';
import { categoryTags } from './categoryTags.ts';

/** What the tagger reads of an article. */
export interface TagDoc {
  title: string;
  paragraphs: string[];
  lang: 'en' | 'zh';
  /** The source's own `categories` / `tags` from front matter. */
  categories: string[];
}

/** A tag's evidence in an article: its score and the least score that would have assigned it. */
export interface TagScore {
  tag: number;
  score: number;
  threshold: number;
}

/**
 * Score every taxonomy tag on the text: each keyword hit counts its position's weight (headline,
 * first paragraph, rest) times the tag's weight, and the k-th hit of the same phrase counts
 * 1/k^repeat_decay of that. Repeated paragraphs (captions, a headline echoed in the body) count
 * once. Returns every tag with a hit, strongest first.
 */
export function scoreTags(doc: TagDoc, vocab: TagVocab): TagScore[] {
  const s = vocab.settings;
  const title = typeof doc.title === 'string' ? doc.title.trim() : '';
  const seen = new Set<string>([title]);
  const body: string[] = [];
  for (const p of Array.isArray(doc.paragraphs) ? doc.paragraphs : []) {
    const text = typeof p === 'string' ? p.trim() : '';
    if (!text || seen.has(text)) continue;
    body.push(text);
    seen.add(text);
  }
  const scores = new Map<number, number>();
  const repeats = new Map<number, number>();
  let words = 0;
  const add = (text: string, weight: number, isBody: boolean) => {
    if (!text) return;
    const match = matchSegment(prepareText(text), vocab.matcher);
    // Length in words: Latin words plus Chinese characters divided by `cjk_chars_per_word`.
    if (isBody) words += match.words + match.han / s.cjk_chars_per_word;
    for (const h of match.hits) {
      if (h.weight === 0) continue;
      // The same phrase over and over (a name, a slogan) says less than many different ones.
      const k = (repeats.get(h.phrase) ?? 0) + 1;
      repeats.set(h.phrase, k);
      const value = (weight * h.weight * vocab.tags[h.tag]!.weight) / k ** s.repeat_decay;
      scores.set(h.tag, (scores.get(h.tag) ?? 0) + value);
    }
  };
  add(title, s.title_weight, false);
  body.forEach((p, i) => add(p, i === 0 ? s.lead_weight : s.body_weight, true));
  return [...scores]
    .map(([tag, score]) => ({
      tag,
      score,
      threshold: Math.max(vocab.tags[tag]!.min_score ?? s.min_score, (s.per_1000_words * words) / 1000),
    }))
    .sort(
      (a, b) => b.score - a.score || vocab.tags[a.tag]!.name.localeCompare(vocab.tags[b.tag]!.name, 'en'),
    );
}

/** Sort labels case-insensitively by code point, so the order does not depend on the locale. */
function byLabel(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Topic tags of an article, by English name, sorted. The source's own categories come first
 * (mapped onto the taxonomy, or kept when they look like topics); then tags the text is
 * substantially about: score at or above the tag's threshold (which grows with the article's
 * length) and at least `relative_floor` of the best tag's score. At most `max_tags` in all.
 */
export function assignTags(doc: TagDoc, vocab: TagVocab): { tags: string[] } {
  const s = vocab.settings;
  const cats = categoryTags(Array.isArray(doc.categories) ? doc.categories : [], vocab);
  const passing = scoreTags(doc, vocab).filter((t) => t.score >= t.threshold);
  const best = passing[0]?.score ?? 0;
  const fromText = passing.filter((t) => t.score >= s.relative_floor * best).map((t) => t.tag);
  const chosen: string[] = [];
  for (const name of [
    ...cats.mapped.map((t) => vocab.tags[t]!.name),
    ...cats.kept,
    ...fromText.map((t) => vocab.tags[t]!.name),
  ]) {
    if (chosen.length >= s.max_tags) break;
    if (!chosen.includes(name)) chosen.push(name);
  }
  return { tags: chosen.sort(byLabel) };
}
