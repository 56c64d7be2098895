import type { CategoryRules, TagVocab } from '../vocab/tags.ts';
import { findHits, prepareText } from '../vocab/tagMatcher.ts';

/** What a source's own categories contribute: taxonomy tags (by index) and kept topic labels. */
export interface CategoryResult {
  mapped: number[];
  kept: string[];
}

// Pinyin syllables by initial, so that a site slug such as `zhongguofazhanwang` can be told from
// an English word. Only combinations that exist in Mandarin are listed, so that fewer English
// words read as pinyin by accident.
const A = ['a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong'];
const I = ['i', 'ia', 'ie', 'iao', 'iu', 'ian', 'in', 'iang', 'ing', 'iong'];
const U = ['u', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang'];
const FINALS: Record<string, string[]> = {
  '': ['a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'er'],
  b: [...A, ...I, 'u'],
  p: [...A, ...I, 'u'],
  m: [...A, ...I, 'u'],
  f: ['a', 'o', 'ei', 'ou', 'an', 'en', 'ang', 'eng', 'u'],
  d: [...A, ...I, ...U],
  t: [...A, ...I, ...U],
  n: [...A, ...I, ...U, 'v', 've', 'ue'],
  l: [...A, ...I, ...U, 'v', 've', 'ue'],
  j: [...I, 'u', 'ue', 'uan', 'un'],
  q: [...I, 'u', 'ue', 'uan', 'un'],
  x: [...I, 'u', 'ue', 'uan', 'un'],
  y: ['a', 'o', 'e', 'ai', 'ao', 'ou', 'an', 'ang', 'eng', 'ong', 'i', 'in', 'ing', 'u', 'ue', 'uan', 'un'],
  w: ['a', 'o', 'ai', 'ei', 'an', 'en', 'ang', 'eng', 'u'],
};
for (const init of ['g', 'k', 'h', 'zh', 'ch', 'sh', 'r', 'z', 'c', 's']) {
  FINALS[init] = [...A, ...U, ...(['g', 'k', 'h'].includes(init) ? [] : ['i'])];
}
const SYLLABLES = new Set(Object.entries(FINALS).flatMap(([init, finals]) => finals.map((f) => init + f)));

/**
 * Most syllables `word` splits into when read as toneless pinyin, 0 if it cannot be read so.
 * A syllable that starts with a vowel may only come first: `xian` is xi-an's slug, but allowing
 * it everywhere would make English words such as `media` (me-di-a) read as pinyin.
 */
export function pinyinSyllables(word: string): number {
  const best = new Array<number>(word.length + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < word.length; i++) {
    if (best[i]! < 0) continue;
    for (let len = 1; len <= 6 && i + len <= word.length; len++) {
      const syl = word.slice(i, i + len);
      if (!SYLLABLES.has(syl) || (i > 0 && /^[aoe]/.test(syl))) continue;
      best[i + len] = Math.max(best[i + len]!, best[i]! + 1);
    }
  }
  return Math.max(0, best[word.length]!);
}

const endsWithSuffix = (text: string, suffix: string): boolean => {
  if (!text.endsWith(suffix) || text.length === suffix.length) return false;
  // An English suffix must be a whole word ("Washington Post", not "Compost").
  return !/^[a-z]/.test(suffix) || !/[a-z]$/.test(text.slice(0, -suffix.length));
};

/** The label with a section suffix removed (`科技新闻` → `科技`), or null when it is not a topic. */
export function topicLabel(category: string, rules: CategoryRules): string | null {
  let label = category;
  const lower = () => label.toLowerCase();
  for (const suffix of [...rules.section_suffixes.en, ...rules.section_suffixes.zh].sort(
    (a, b) => b.length - a.length,
  )) {
    if (lower() === suffix.toLowerCase()) return null;
    if (endsWithSuffix(lower(), suffix.toLowerCase())) {
      label = label.slice(0, -suffix.length).replace(/[\s\-_|·:：]+$/u, '');
      break;
    }
  }
  if (!label || label.length > rules.max_length || !/\p{L}/u.test(label)) return null;
  if (rules.generic.some((g) => g.toLowerCase() === lower())) return null;
  if (
    [...rules.media_suffixes.en, ...rules.media_suffixes.zh].some(
      (s) => lower() === s.toLowerCase() || endsWithSuffix(lower(), s.toLowerCase()),
    )
  ) {
    return null;
  }
  if (/^[a-z]+$/i.test(label) && pinyinSyllables(lower()) >= rules.min_pinyin_syllables) return null;
  return label;
}

/** Display form of a kept label: `machine-learning` → `Machine learning`; other text as given. */
function display(label: string): string {
  if (!/^[a-z0-9 _-]+$/.test(label)) return label;
  const words = label.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Map the source's categories onto the taxonomy: a category that names a tag (name, Chinese name
 * or slug) or contains its keywords becomes that tag; any other category is kept as its own tag
 * when `topicLabel` finds a topic in it, up to `max_kept` of them.
 */
export function categoryTags(categories: readonly unknown[], vocab: TagVocab): CategoryResult {
  const mapped: number[] = [];
  const kept: string[] = [];
  for (const raw of categories) {
    if (typeof raw !== 'string') continue;
    const category = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
    // Long strings are sentences or junk, not categories; they are not worth scanning.
    if (!category || category.length > 100) continue;
    const exact = vocab.byLabel.get(category.toLowerCase());
    const tags =
      exact !== undefined
        ? [exact]
        : findHits(prepareText(category), vocab.matcher)
            .filter((h) => h.weight > 0)
            .map((h) => h.tag);
    if (tags.length > 0) {
      for (const t of tags) if (!mapped.includes(t)) mapped.push(t);
      continue;
    }
    const label = topicLabel(category, vocab.categories);
    if (label && kept.length < vocab.categories.max_kept) {
      const shown = display(label);
      if (!kept.some((k) => k.toLowerCase() === shown.toLowerCase())) kept.push(shown);
    }
  }
  return { mapped, kept };
}
