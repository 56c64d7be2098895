import type { CompanyVocab } from '../../vocab/companies.ts';
import { standsAsName } from './companies/boundary.ts';
import { confirmsGuard, judge, type Mention } from './companies/context.ts';
import { discoverActors } from './companies/actors.ts';
import { discoverByCue, discoverHeadline } from './companies/cues.ts';
import { discoverChinese, discoverEnglish, type Discovered } from './companies/discover.ts';
import { discoverTagged } from './companies/tagged.ts';
import { orgSpans } from './lac/orgSpans.ts';
import { scan, type Hit } from './companies/matcher.ts';
import { countFind, mergeFinds, taggedCandidates } from './companies/finds.ts';
import { collect, markLists, type Evidence } from './companies/salience.ts';
import { isSalient } from './companies/salienceModel.ts';
import { leadEnd, type Part } from './companies/parts.ts';
import { firstWordForm, shortFormMentions } from './companies/shortForms.ts';
import { markRelatedRuns } from './companies/related.ts';
import { mergeOwnedBrands } from './companies/brands.ts';
import { dropOwnedUnits } from './companies/zhOwned.ts';

/** What the company recogniser reads: the cleaned title and body paragraphs of one article. */
export interface CompanyDoc {
  title: string;
  paragraphs: string[];
  lang: 'en' | 'zh';
}

/** A company the vocabulary lacks, for an archivist to review and add to companies.yml. */
export interface CompanyCandidate {
  name: string;
  zh?: string;
  evidence: string;
  count: number;
}

/** The recogniser's answer; `evidence` explains each decision, `warnings` says what went wrong. */
export interface CompanyResult {
  companies: string[];
  candidates: CompanyCandidate[];
  evidence: Evidence[];
  /** Every company (or never-a-company) name as written in the text: a city inside one is no city. */
  names: string[];
  warnings: string[];
}

const HAN = /\p{Script=Han}/u;
const CAPS = /[A-Z]/;
// Salience thresholds are small counts; judging thousands of mentions in a huge block only costs time.
const MAX_MENTIONS = 40;

/** Vocabulary mentions, guarded names kept only where the company is confirmed. */
function vocabMentions(parts: Part[], vocab: CompanyVocab): Mention[] {
  const mentions: Mention[] = [];
  const confirmed = new Set<string>();
  parts.forEach(({ text, hits }, t) => {
    for (const h of hits) {
      const key = vocab.listedAs[h.id];
      const entry = vocab.entries[h.id];
      if (key === undefined || !entry) continue;
      if (!h.guard || confirmsGuard(text, h.end, vocab.rules)) confirmed.add(key);
      const m = { key, text: t, start: h.start, end: h.end, guard: h.guard, product: entry.product };
      mentions.push({ ...m, discovered: false });
    }
  });
  return mentions.filter((m) => confirmed.has(m.key));
}

function capPerCompany(mentions: Mention[]): Mention[] {
  const seen = new Map<string, number>();
  return mentions.filter((m) => {
    const n = (seen.get(m.key) ?? 0) + 1;
    seen.set(m.key, n);
    return n <= MAX_MENTIONS;
  });
}

function recognise(doc: CompanyDoc, vocab: CompanyVocab, isPlace: (name: string) => boolean): CompanyResult {
  const raw = [doc?.title, ...(Array.isArray(doc?.paragraphs) ? doc.paragraphs : [])];
  const texts = raw.map((t) => (typeof t === 'string' ? t.normalize('NFKC') : ''));
  const title = texts[0]?.trim() ?? '';
  // A headline repeated as the first paragraph is still the headline, not a second mention.
  const parts = texts.map((text, i) => ({
    text: i > 0 && text.trim() === title ? '' : text,
    hits: [] as Hit[],
  }));
  for (const p of parts)
    p.hits = scan(vocab.matcher, p.text).filter((h) => standsAsName(p.text, h, vocab.rules));
  const mentions = vocabMentions(parts, vocab);
  const whole = parts.map((p) => p.text).join('\n');
  mentions.push(...shortFormMentions(parts, whole, mentions, vocab, isPlace));
  const finds: Discovered[] = [];
  const tagged: Discovered[] = [];
  const lead = leadEnd(parts);
  const cue = (s: string): boolean => vocab.rules.zhTagCue.test(s);
  parts.forEach(({ text, hits }, t) => {
    if (CAPS.test(text))
      finds.push(
        ...discoverEnglish(text, hits, vocab.rules, whole),
        ...discoverByCue(text, hits, vocab.rules, whole),
      );
    if (!HAN.test(text)) return;
    finds.push(...discoverChinese(text, hits, vocab.rules));
    // The tagger reads the title, the lead and sentences with a company cue: where companies are.
    if (vocab.tagger && doc.lang === 'zh')
      tagged.push(
        ...discoverTagged(text, orgSpans(vocab.tagger, text, t <= lead ? undefined : cue), hits, vocab.rules),
      );
  });
  if (CAPS.test(title)) {
    const body = parts
      .slice(1)
      .map((p) => p.text)
      .join('\n');
    finds.push(...discoverHeadline(parts[0]?.text ?? '', parts[0]?.hits ?? [], body, vocab.rules));
  }
  if (vocab.actors && doc.lang === 'en') finds.push(...discoverActors(parts, vocab.rules, vocab.actors));
  const merged = mergeFinds(finds, vocab, isPlace, whole);
  mergeOwnedBrands(merged, whole, vocab.rules);
  dropOwnedUnits(merged, whole, vocab.rules);
  for (const f of merged.values()) {
    const short = firstWordForm(f, whole, vocab.rules, isPlace);
    if (!short) continue;
    f.forms.push(short);
    merged.delete(short.toLowerCase());
  }
  const candidates: CompanyCandidate[] = [];
  for (const f of merged.values()) {
    const c = countFind(f, parts, mentions, vocab.rules);
    if (c) candidates.push(c);
  }
  candidates.push(...taggedCandidates(tagged, merged, parts, vocab, isPlace, whole));
  const kept = capPerCompany(mentions);
  for (const m of kept) judge(m, parts[m.text]?.text ?? '', vocab.rules);
  const read = parts.map((p) => p.text);
  markLists(kept, read);
  if (doc.lang === 'en') markRelatedRuns(kept, read, vocab.rules);
  const evidence = [...collect(kept, lead).values()];
  for (const e of evidence) {
    const f = merged.get(e.key.toLowerCase());
    e.suffix = (f?.legal || f?.strong) ?? false;
  }
  const article = {
    titled: evidence.some((e) => e.inTitle),
    maxStrong: Math.max(0, ...evidence.map((e) => e.strong)),
    zh: doc.lang === 'zh',
  };
  const listed = evidence.filter((e) => isSalient(e, article, vocab.salience));
  const companies = [...new Set(listed.map((e) => e.key))].sort();
  candidates.sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set<string>();
  for (const p of parts) for (const h of p.hits) names.add(p.text.slice(h.start, h.end));
  return { companies, candidates, evidence, names: [...names].sort(), warnings: [] };
}

/**
 * Companies an article is about or that act in it (ANNOTATION.md), as canonical English names,
 * sorted; brands and subsidiaries are listed under their parent. Names the vocabulary lacks are
 * discovered from company words and cues and also returned as candidates, unless `isPlace` says
 * the name is a country or city. Never throws: on a failure it returns no companies and a warning.
 */
export function findCompanies(
  doc: CompanyDoc,
  vocab: CompanyVocab,
  isPlace: (name: string) => boolean = () => false,
): CompanyResult {
  try {
    return recognise(doc, vocab, isPlace);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      companies: [],
      candidates: [],
      evidence: [],
      names: [],
      warnings: [`company recognition failed: ${message}`],
    };
  }
}
