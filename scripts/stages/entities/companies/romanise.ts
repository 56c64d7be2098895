import { pinyin } from 'pinyin-pro';
import { isCommonPhrase } from '../segment.ts';
import type { CompanyRules } from './rules.ts';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Split a company-word chain (茶叶有限公司) into its words, longest first. */
export function chainWords(chain: string, rules: CompanyRules): string[] {
  const words = [...Object.keys(rules.raw.zh_industry), ...rules.raw.zh_suffixes].sort(
    (a, b) => b.length - a.length,
  );
  const out: string[] = [];
  let rest = chain;
  while (rest) {
    const w = words.find((x) => rest.startsWith(x)) ?? rest.charAt(0);
    out.push(w);
    rest = rest.slice(w.length);
  }
  return out;
}

/**
 * English name for a discovered Chinese company: the province is dropped, the distinctive part
 * becomes pinyin in two-syllable words, industry words are translated and legal forms dropped
 * (浙江安吉凯丰茶叶有限公司 → Anji Kaifeng Tea). Null when nothing distinctive is left or the
 * "name" is an ordinary phrase (电力公司 is "the power company", not a company called Dianli).
 */
export function romanise(core: string, chain: string, rules: CompanyRules): string | null {
  const key = `${core}\u0000${chain}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const name = compute(core, chain, rules);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, name);
  return name;
}

// pinyin-pro is the costly part; the same names recur across a corpus.
const cache = new Map<string, string | null>();

function compute(core: string, chain: string, rules: CompanyRules): string | null {
  let head = core;
  const place = rules.zhPlaces.find((p) => head.startsWith(p) && head.length - p.length >= 2);
  if (place) head = head.slice(place.length).replace(/^[省市]/, '');
  if (head.length < 2 || isCommonPhrase(head)) return null;
  const syllables = pinyin(head, { toneType: 'none', type: 'array', v: true }) as string[];
  const parts: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) {
    const chunk = syllables.slice(i, syllables.length - i === 3 ? i + 3 : i + 2).join('');
    parts.push(cap(chunk));
    if (syllables.length - i === 3) break;
  }
  for (const w of chainWords(chain, rules)) {
    const english = rules.raw.zh_industry[w];
    if (english) parts.push(english);
  }
  return parts.join(' ').replace(/[^\p{L}\p{N}' -]/gu, '') || null;
}
