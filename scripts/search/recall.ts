import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { cutWords } from '../../src/lib/jieba.ts';
import { runSearch } from '../../src/scripts/search/engine.ts';
import { parseState } from '../../src/scripts/search/state.ts';
import { markdownText } from './markdownText.ts';
import { loadPagefind } from './nodePagefind.ts';

/** A word some articles contain that the search did not find them by. */
export interface RecallMiss {
  word: string;
  missing: string[];
}

/** Words to probe with: Chinese words of 2–4 characters (cut by jieba, not by the index's ICU) and English words. */
export function probeWords(texts: string[], perLanguage: number): { zh: string[]; en: string[] } {
  const zh = new Set<string>();
  const en = new Set<string>();
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      for (const w of cutWords(run)) if (w.length >= 2 && w.length <= 4) zh.add(w);
    }
    for (const w of text.match(/[A-Za-z]{4,}/g) ?? []) en.add(w.toLowerCase());
  }
  // Spread the probes over the whole vocabulary rather than taking the first article's words.
  const spread = (set: Set<string>) => {
    const all = [...set].sort();
    const step = Math.max(1, all.length / perLanguage);
    return Array.from(
      { length: Math.min(perLanguage, all.length) },
      (_, i) => all[Math.floor(i * step)] as string,
    );
  };
  return { zh: spread(zh), en: spread(en) };
}

/**
 * Check that searching for each probe word finds every article whose title or body contains it
 * (Chinese as a substring, English as a whole word). Reads the articles folder the index was built from.
 */
export async function checkRecall(
  dist: string,
  articlesDir: string,
  perLanguage = 150,
): Promise<{ checked: number; misses: RecallMiss[] }> {
  const articles = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const parsed = matter(readFileSync(join(articlesDir, f), 'utf8'));
      const title = String((parsed.data as { title?: unknown }).title ?? '');
      return { id: f.slice(0, -3), text: `${title}\n${markdownText(parsed.content)}` };
    });
  const { zh, en } = probeWords(
    articles.map((a) => a.text),
    perLanguage,
  );
  const { pagefind } = await loadPagefind(dist);
  const misses: RecallMiss[] = [];
  for (const word of [...zh, ...en]) {
    const isZh = /\p{Script=Han}/u.test(word);
    const pattern = new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`, 'i');
    const expected = articles
      .filter((a) => (isZh ? a.text.includes(word) : pattern.test(a.text)))
      .map((a) => a.id);
    const outcome = await runSearch(pagefind as never, parseState(`?q=${encodeURIComponent(word)}`));
    const found = new Set(
      (await outcome?.load(0, Infinity))?.map((d) => d.url.replace(/^\/articles\/|\/$/g, '')),
    );
    const missing = expected.filter((id) => !found.has(id));
    if (missing.length) misses.push({ word, missing });
  }
  return { checked: zh.length + en.length, misses };
}
