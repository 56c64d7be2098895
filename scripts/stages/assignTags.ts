import type { TagVocab } from '../vocab/tags.ts';
import { findHits, prepareText } from '../vocab/tagMatcher.ts';
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

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z0-9]+/g;

/** Body length in words: Latin words plus Chinese characters divided by `cjk_chars_per_word`. */
function lengthInWords(paragraphs: string[], cjkCharsPerWord: number): number {
  let latin = 0;
  let han = 0;
  for (const p of paragraphs) {
    latin += p.match(LATIN_WORD)?.length ?? 0;
    han += p.match(HAN)?.length ?? 0;
  }
  return latin + han / cjkCharsPerWord;
}

/**
 * Score every taxonomy tag on the text: each keyword hit counts its position's weight (headline,
 * first paragraph, rest) times the tag's weight. Repeated paragraphs (captions, a headline
 * echoed in the body) count once. Returns every tag with a hit, strongest first.
 */
export function scoreTags(doc: TagDoc, vocab: TagVocab): TagScore[] {
  const s = vocab.settings;
  const title = typeof doc.title === 'string' ? doc.title.trim() : '';
  const seen = new Set<string>([title]);
  const body: string[] = [];
  for (const p of Array.isArray(doc.paragraphs) ? doc.paragraphs : []) {
    const text = typeof p === 'string' ? p.trim() : '';
    if (text && !seen.has(text)) body.push(text), seen.add(text);
  }
  const scores = new Map<number, number>();
  const add = (text: string, weight: number) => {
    if (!text || weight === 0) return;
    for (const h of findHits(prepareText(text), vocab.matcher)) {
      if (h.weight > 0) scores.set(h.tag, (scores.get(h.tag) ?? 0) + weight * h.weight * vocab.tags[h.tag]!.weight);
    }
  };
  add(title, s.title_weight);
  body.forEach((p, i) => add(p, i === 0 ? s.lead_weight : s.body_weight));
  const words = lengthInWords(body, s.cjk_chars_per_word);
  return [...scores]
    .map(([tag, score]) => ({
      tag,
      score,
      threshold: Math.max(vocab.tags[tag]!.min_score ?? s.min_score, (s.per_1000_words * words) / 1000),
    }))
    .sort((a, b) => b.score - a.score || vocab.tags[a.tag]!.name.localeCompare(vocab.tags[b.tag]!.name, 'en'));
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
  for (const name of [...cats.mapped.map((t) => vocab.tags[t]!.name), ...cats.kept, ...fromText.map((t) => vocab.tags[t]!.name)]) {
    if (chosen.length >= s.max_tags) break;
    if (!chosen.includes(name)) chosen.push(name);
  }
  return { tags: chosen.sort(byLabel) };
}
