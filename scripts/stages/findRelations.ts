import type { z } from 'zod';
import type { relationSchema } from '../../src/lib/articleSchema.ts';
import type { CityGazetteer } from '../vocab/cities.ts';
import type { CompanyVocab } from '../vocab/companies.ts';
import type { RelationVocab } from '../vocab/relations.ts';
import { plainText } from './meta/text.ts';
import { cuesIn, HAN, near, owners } from './relations/cues.ts';
import { articleNames, mentionsIn, type ArticleNames, type Mention } from './relations/mentions.ts';
import { splitSentences } from './relations/sentences.ts';

/** What the relation finder reads: headline and body paragraphs (Markdown) of one article. */
export interface RelationDoc {
  title: string;
  paragraphs: string[];
  lang: 'en' | 'zh';
}

/** The entity stage's answer for the article: only its companies and cities can be related. */
export interface RelationEntities {
  companies: string[];
  cities: string[];
  candidates: { name: string; zh?: string }[];
}

/** Vocabularies the stage reads: company and city names, and the relation cues. */
export interface RelationContext {
  companies: CompanyVocab;
  cities: CityGazetteer;
  relations: RelationVocab;
}

/** One stated relation, as the front matter's `relations` holds it. */
export type Relation = z.input<typeof relationSchema>;

const MAX_EVIDENCE = 320;
// A lead shorter than this is a byline, dateline or caption, not the story's first sentence.
const MIN_LEAD = 40;

/** The sentence, cut around the cue and city when it is very long. */
function clip(s: string, from: number, to: number): string {
  if (s.length <= MAX_EVIDENCE) return s;
  const margin = Math.max(40, Math.floor((MAX_EVIDENCE - (to - from)) / 2));
  const a = Math.max(0, from - margin);
  const b = Math.min(s.length, Math.max(to + margin, a + MAX_EVIDENCE));
  return `${a > 0 ? '…' : ''}${s.slice(a, b).trim()}${b < s.length ? '…' : ''}`;
}

interface Unit {
  text: string;
  /** The headline for the lead sentence and the lead for the headline: companies may come from it. */
  partner?: string;
  partnerFirst?: boolean;
}

/** Does a text hold any cue at all? Lines without one need no sentence splitting. */
const anyCue = (s: string, v: RelationVocab) =>
  s.search(v.enCue) >= 0 || s.search(v.enAttributive) >= 0 || (HAN.test(s) && s.search(v.zhCue) >= 0);

/**
 * Headline sentences, then the body sentences that hold a cue (and the lead, whatever it holds);
 * a body sentence repeating the headline is left out.
 */
function units(doc: RelationDoc, v: RelationVocab): Unit[] {
  const title = splitSentences(plainText(doc.title ?? ''), doc.lang);
  const headline = title.join(' ');
  const body: string[] = [];
  let leadText: string | undefined;
  for (const p of doc.paragraphs ?? []) {
    for (const line of (typeof p === 'string' ? p : '').split('\n')) {
      // Machine translation glues sentences ("in Wuhan.This includes"): a space lets them split.
      // A list number (1、 一、) is no part of the sentence a reader is shown.
      const plain = plainText(line)
        .replace(/(?<=\p{Ll})([.!?])(?=\p{Lu}\p{Ll})/gu, '$1 ')
        .replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、．.)）]\s*(?!\d)/u, '');
      const isLead = leadText === undefined && plain.length >= MIN_LEAD;
      if (!isLead && !anyCue(plain, v)) continue;
      const sentences = splitSentences(plain, doc.lang).filter((s) => s !== headline && !title.includes(s));
      if (isLead) leadText = sentences[0] ?? '';
      body.push(...sentences);
    }
  }
  const out: Unit[] = title.map((text) => ({ text, ...(leadText ? { partner: leadText } : {}) }));
  for (const text of body)
    out.push({ text, ...(text === leadText && headline ? { partner: headline, partnerFirst: true } : {}) });
  return out;
}

/**
 * Company–city relations the article states: a sentence (or the headline with its lead) that
 * names one of the article's companies and one of its cities with a setting-up or operating cue
 * near the city (content/vocab/relations.yml). One relation per pair, with the first sentence that
 * states it as evidence, sorted by company and city. Pure; never throws for odd input.
 */
export function findRelations(
  doc: RelationDoc,
  entities: RelationEntities,
  ctx: RelationContext,
): Relation[] {
  if (entities.companies.length === 0 || entities.cities.length === 0) return [];
  const names: ArticleNames = articleNames(entities, ctx);
  const found = new Map<string, Relation & { joined: boolean }>();
  const companiesIn = new Map<string, Mention[]>();
  const companiesOf = (s: string) => {
    let list = companiesIn.get(s);
    if (!list) companiesIn.set(s, (list = mentionsIn(s, names).filter((m) => m.kind === 'company')));
    return list;
  };
  for (const unit of units(doc, ctx.relations)) {
    const s = unit.text;
    const cues = cuesIn(s, ctx.relations);
    if (cues.length === 0) continue;
    const mentions = mentionsIn(s, names);
    const cities = mentions.filter((m) => m.kind === 'city');
    if (cities.length === 0) continue;
    const own = mentions.filter((m) => m.kind === 'company');
    const fromPartner = unit.partner
      ? companiesOf(unit.partner).filter((m) => !own.some((o) => o.name === m.name))
      : [];
    for (const cue of cues) {
      const only = owners(s, cue, cities, own, ctx.relations);
      for (const city of cities) {
        if (!near(s, cue, city, ctx.relations)) continue;
        const here = clip(s, Math.min(cue.start, city.start), Math.max(cue.end, city.end));
        for (const [company, evidence, joined] of [
          ...(only ?? own).map((m) => [m.name, here, false] as const),
          ...(only ? [] : fromPartner).map((m) => {
            const other = clip(unit.partner!, 0, 0);
            return [m.name, unit.partnerFirst ? `${other} — ${here}` : `${here} — ${other}`, true] as const;
          }),
        ]) {
          const key = `${company}\u0000${city.name}`;
          // One sentence that says it all is better evidence than a headline joined to its lead.
          const prev = found.get(key);
          if (prev && !(prev.joined && !joined)) continue;
          found.set(key, {
            company,
            city: city.name,
            cue: cue.text.replace(/\s+/g, ' ').toLowerCase(),
            evidence,
            joined,
          });
        }
      }
    }
  }
  return [...found.values()]
    .map(({ joined: _, ...r }) => r)
    .sort((a, b) => (a.company === b.company ? (a.city < b.city ? -1 : 1) : a.company < b.company ? -1 : 1));
}
