import type { CompanyVocab } from '../../../vocab/companies.ts';
import { isFunctionWord, looksLikePerson, lowerCaseUse } from './actors.ts';
import type { Discovered } from './discover.ts';
import type { CompanyRules } from './rules.ts';
import type { Mention } from './context.ts';
import { addHit } from './matcher.ts';
import { occurrences, type Part } from './parts.ts';

// Words a company's name may drop once it has been given in full ("Ant Group" … "Ant").
const DROPPABLE = new Set([
  'Group',
  'Holdings',
  'Holding',
  'Inc',
  'Corp',
  'Corporation',
  'Co',
  'Ltd',
  'Limited',
  'Plc',
]);

/**
 * Mentions of a vocabulary name by its short form in the same article: "Ant Group Co. … Ant".
 * Only a company word is dropped, never a word of the name itself (China Mobile is not "China").
 */
export function shortFormMentions(
  parts: Part[],
  mentions: Mention[],
  vocab: CompanyVocab,
  isPlace: (name: string) => boolean,
): Mention[] {
  const shorts = new Map<string, string>();
  for (const m of mentions) {
    const words = (parts[m.text]?.text.slice(m.start, m.end) ?? '').split(/\s+/);
    if (words.length < 2 || !DROPPABLE.has(words[words.length - 1]!)) continue;
    const short = words.slice(0, -1).join(' ');
    if (/^[A-Z]/.test(short) && short.length >= 3 && !vocab.rules.enStop.has(short) && !isPlace(short))
      shorts.set(short, m.key);
  }
  const out: Mention[] = [];
  parts.forEach((part, t) => {
    for (const [short, key] of shorts) {
      for (const h of occurrences(part, short)) {
        if (!part.text.startsWith(short, h.start)) continue;
        addHit(part.hits, h);
        out.push({
          key,
          text: t,
          start: h.start,
          end: h.end,
          guard: false,
          product: false,
          discovered: false,
        });
      }
    }
  });
  return out;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first word of a discovered name with a company word, as the article writes it alone later
 * ("Lava International Ltd. … Lava, based in …"): not a common word, a place or a person's name.
 */
export function firstWordForm(
  f: Discovered,
  whole: string,
  rules: CompanyRules,
  isPlace: (name: string) => boolean,
): string | undefined {
  if (f.zh || !(f.legal || f.strong)) return undefined;
  const words = f.name.split(' ');
  const first = words[0]!;
  if (words.length < 2 || !/^[A-Z][A-Za-z]{3,}$/.test(first)) return undefined;
  if (rules.enStop.has(first) || isFunctionWord(first) || isPlace(first)) return undefined;
  if (!new RegExp(`\\b${first}\\b(?!\\s+${esc(words[1]!)})`).test(whole)) return undefined;
  if (lowerCaseUse(first, whole) || looksLikePerson(first, whole, rules, false)) return undefined;
  return first;
}
