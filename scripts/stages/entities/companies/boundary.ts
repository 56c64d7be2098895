import { segment } from '../segment.ts';
import type { Hit } from './matcher.ts';
import type { CompanyRules } from './rules.ts';

const HAN = /\p{Script=Han}/u;
const WINDOW = 3;
// Words jieba tags as organisation or other proper names: 大众汽车公司 is still Volkswagen.
const NAME_TAGS = new Set(['nt', 'nz']);

/**
 * Does a Chinese vocabulary name found at `hit` stand as a word of the text? Not when it starts
 * inside another word (海航 in 跨海航行). A guarded name (大众, 小米: also common words) must also
 * not be the start of an ordinary longer word (大众传媒 "mass media"); a company word after it
 * (小米集团) or an organisation name (大众汽车公司) is fine.
 */
export function standsAsName(text: string, hit: Hit, rules: CompanyRules): boolean {
  if (!HAN.test(text.charAt(hit.start))) return true;
  // No word can cross into the name from a non-Han character; only a guarded name looks further.
  if (!HAN.test(text.charAt(hit.start - 1)) && (!hit.guard || !HAN.test(text.charAt(hit.end)))) return true;
  const from = Math.max(0, hit.start - WINDOW);
  const s = hit.start - from;
  const e = hit.end - from;
  for (const w of segment(text.slice(from, Math.min(text.length, hit.end + WINDOW)))) {
    if (w.end <= s || w.start >= e) continue;
    if (w.start < s) return false;
    if (!hit.guard || w.start !== s || w.end <= e || NAME_TAGS.has(w.tag)) continue;
    const rest = w.word.slice(e - s);
    if (!rules.zhSuffixWords.some((x) => rest.startsWith(x))) return false;
  }
  return true;
}
