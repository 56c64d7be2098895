import type { CompanyVocab } from '../../../vocab/companies.ts';
import { isFunctionWord, looksLikePerson, lowerCaseUse } from './actors.ts';
import type { Discovered } from './discover.ts';
import type { CompanyRules } from './rules.ts';
import type { Mention } from './context.ts';
import { addHit } from './matcher.ts';
import { occurrences, type Part } from './parts.ts';
import { escapeRegExp } from '../../../lib/escapeRegExp.ts';

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
 * `whole` is the parts' text joined by line breaks.
 */
export function shortFormMentions(
  parts: Part[],
  whole: string,
  mentions: Mention[],
  vocab: CompanyVocab,
  isPlace: (name: string) => boolean,
): Mention[] {
  const shorts = new Map<string, string>();
  for (const m of mentions) {
    const words = (parts[m.text]?.text.slice(m.start, m.end) ?? '').split(/\s+/);
    // "Nongfu Spring Co. … Nongfu shares": the first word alone, where it can only be the name.
    const first = words.length >= 2 && !m.guard ? words[0]! : '';
    if (first && !shorts.has(first) && nameWordAlone(first, whole, vocab.rules, isPlace))
      shorts.set(first, m.key);
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
  if (
    words.length < 2 ||
    !new RegExp(`\\b${escapeRegExp(first)}\\b(?!\\s+${escapeRegExp(words[1]!)})`).test(whole)
  )
    return undefined;
  return nameWordAlone(first, whole, rules, isPlace) ? first : undefined;
}

/** Can the word, written alone, only be a company's name: not a common word, a place or a person's? */
function nameWordAlone(
  word: string,
  whole: string,
  rules: CompanyRules,
  isPlace: (name: string) => boolean,
): boolean {
  if (!/^[A-Z][A-Za-z]{3,}$/.test(word) || rules.enStop.has(word) || isFunctionWord(word)) return false;
  return !isPlace(word) && !lowerCaseUse(word, whole) && !looksLikePerson(word, whole, rules, false);
}
