import type { CompanyVocab } from '../../../vocab/companies.ts';
import type { CompanyCandidate } from '../findCompanies.ts';
import { looksLikePerson } from './actors.ts';
import type { Mention } from './context.ts';
import type { Discovered } from './discover.ts';
import { addHit, overlaps, scan, type Hit } from './matcher.ts';
import { occurrences, type Part } from './parts.ts';
import type { CompanyRules } from './rules.ts';

// What happens to the names the rules and the tagger discover: merged by name, checked against
// the vocabulary, places and institutions, and counted into candidates.

/** Is the name an institution's, or an acronym the text spells out as one ("Civil Aviation Authority of Nepal (CAAN)")? */
function isInstitution(name: string, whole: string, vocab: CompanyVocab): boolean {
  if (vocab.rules.enInstitution.test(name)) return true;
  if (!/^[A-Z]{2,6}$/.test(name)) return false;
  const at = whole.indexOf(`(${name})`);
  return at > 0 && vocab.rules.enInstitution.test(whole.slice(Math.max(0, at - 80), at));
}

/** The forms of two finds of one company, distinct, longest first (so the longest form matches first). */
export const unionForms = (a: string[], b: string[]): string[] =>
  [...new Set([...a, ...b])].sort((x, y) => y.length - x.length);

/** Merge discovered names by name; drop those that are vocabulary names after all. */
export function mergeFinds(
  finds: Discovered[],
  vocab: CompanyVocab,
  isPlace: (name: string) => boolean,
  whole: string,
): Map<string, Discovered> {
  const merged = new Map<string, Discovered>();
  for (const f of finds) {
    if (scan(vocab.matcher, f.name).some((h) => h.start === 0 && h.end === f.name.length)) continue;
    // "China Inc." names a country's economy, not a company.
    if (isPlace(f.name) || isInstitution(f.name, whole, vocab)) continue;
    if (!f.zh && !f.legal && !f.strong && looksLikePerson(f.name, whole, vocab.rules, false)) continue;
    const prev = merged.get(f.name.toLowerCase());
    if (!prev) merged.set(f.name.toLowerCase(), { ...f, forms: [...f.forms] });
    else {
      prev.forms = unionForms(prev.forms, f.forms);
      prev.strong ||= f.strong;
      prev.legal ||= f.legal;
      prev.facility ||= f.facility;
      prev.zh ??= f.zh;
    }
  }
  // 福彩发展有限公司 (Fortune Choice Development Limited): the English rules' cut of the bracket is the same company.
  for (const f of merged.values())
    if (f.zh && /^[A-Za-z]/.test(f.name))
      for (const [key, g] of merged) if (!g.zh && g !== f && f.name.includes(g.name)) merged.delete(key);
  return merged;
}

/** Count a find's mentions (marking them taken); it becomes a candidate with enough evidence. */
export function countFind(
  f: Discovered,
  parts: Part[],
  mentions: Mention[],
  rules: CompanyRules,
): CompanyCandidate | null {
  let count = 0;
  const own: Mention[] = [];
  parts.forEach((part, t) => {
    for (const form of f.forms) {
      for (const h of occurrences(part, form)) {
        addHit(part.hits, h);
        count++;
        own.push({
          key: f.name,
          text: t,
          start: h.start,
          end: h.end,
          guard: false,
          product: false,
          discovered: true,
        });
      }
    }
  });
  // 出售给手游公司 AppLovin: a name met once is still a company when it is a party to the deal.
  const party = (m: Mention): boolean =>
    rules.zhDealBefore.test(parts[m.text]!.text.slice(Math.max(0, m.start - 40), m.start));
  if (!(f.strong || f.facility || count >= 2 || (f.zh === undefined && own.some(party)))) return null;
  mentions.push(...own);
  return { name: f.name, ...(f.zh ? { zh: f.zh } : {}), evidence: f.evidence, count };
}

/**
 * The tagger's organisation names that no rule found, as candidates for the report only: on the
 * evaluation sets they add no company a reader would list under the name given (their English
 * names are in no list), so they wait for an archivist to name them in companies.yml.
 */
export function taggedCandidates(
  tagged: Discovered[],
  found: Map<string, Discovered>,
  parts: Part[],
  vocab: CompanyVocab,
  isPlace: (name: string) => boolean,
  whole: string,
): CompanyCandidate[] {
  const out: CompanyCandidate[] = [];
  for (const f of mergeFinds(tagged, vocab, isPlace, whole).values()) {
    if (found.has(f.name.toLowerCase())) continue;
    let count = 0;
    for (const p of parts) {
      const taken: Hit[] = [];
      for (const form of f.forms)
        for (const h of occurrences(p, form))
          if (!overlaps(taken, h.start, h.end)) {
            addHit(taken, h);
            count++;
          }
    }
    // None left: its text was counted for a find of the rules under another name.
    if (count > 0)
      out.push({ name: f.name, ...(f.zh ? { zh: f.zh } : {}), evidence: `LAC: ${f.evidence}`, count });
  }
  return out;
}
