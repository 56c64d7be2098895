/** Sentence splitting for relation evidence, by the ICU rules the runtime ships (Intl.Segmenter). */

const segmenters = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  zh: new Intl.Segmenter('zh', { granularity: 'sentence' }),
};

/**
 * The sentences of one plain-text paragraph: each line on its own (list items, headed lines),
 * then split at sentence ends in the paragraph's language. Empty pieces are dropped.
 */
export function splitSentences(paragraph: string, lang: 'en' | 'zh'): string[] {
  const out: string[] = [];
  for (const line of paragraph.split('\n')) {
    if (line.trim() === '') continue;
    for (const { segment } of segmenters[lang].segment(line)) {
      const s = segment.trim();
      if (s) out.push(s);
    }
  }
  return out;
}
