import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildMatcher, type Matcher, type Pattern } from '../stages/entities/companies/matcher.ts';
import { compileRules, type CompanyRules, type RawRules } from '../stages/entities/companies/rules.ts';
import type { ActorRules } from '../stages/entities/companies/actors.ts';
import type { SalienceModel } from '../stages/entities/companies/salienceModel.ts';
import { readVocabFile } from './vocabFiles.ts';
import { lacDir, loadLacModel } from './lacModel.ts';
import type { LacModel } from '../stages/entities/lac/model.ts';

const names = z.array(z.union([z.string(), z.number()]).transform(String)).default([]);

const entrySchema = z
  .object({
    name: z.union([z.string(), z.number()]).transform(String),
    zh: names,
    aliases: names,
    exact: names,
    guard: names,
    parent: z.string().optional(),
    product: z.boolean().default(false),
    kind: z.string().optional(),
    ticker: z.string().optional(),
    website: z.string().optional(),
    /** False for dictionary entries: only their Chinese names are looked for, not the English one. */
    match_name: z.boolean().default(true),
  })
  .strict();

const list = z.array(z.string()).default([]);
const rulesSchema = z
  .object({
    en_suffixes: list,
    en_legal: list,
    en_weak_suffixes: list,
    en_stopwords: list,
    en_national_words: list,
    en_title_case_small: list,
    en_owner_verbs: list,
    en_intro_cues: list,
    en_cue_after: list,
    en_cue_before: list,
    en_company_nouns: list,
    en_institution_words: list,
    zh_suffixes: list,
    zh_legal: list,
    zh_weak_suffixes: list,
    zh_name_stops: z.string().default(''),
    zh_generic: list,
    zh_institution_endings: list,
    zh_org_endings: list,
    zh_org_words: list,
    zh_tag_cues: list,
    zh_company_nouns: list,
    zh_place_prefixes: list,
    zh_industry: z.record(z.string(), z.string()).default({}),
    en_title_words: list,
    zh_title_words: list,
    en_speech: list,
    zh_speech: list,
    en_act: list,
    zh_act: list,
    en_facility: list,
    en_example_cues: list,
    zh_example_cues: list,
    zh_list_tail: list,
    en_source_cues: list,
    zh_source_cues: list,
    zh_owned_before: list,
    zh_owned_units: list,
    zh_venue_before: list,
    zh_venue_after: list,
    en_deal_cues: list,
    zh_deal_before: list,
    zh_partner_with: list,
    zh_partner_verbs: list,
  })
  .strict();

const fileSchema = z
  .object({ rules: rulesSchema, not_companies: z.array(entrySchema), companies: z.array(entrySchema) })
  .strict();

/** One company (or never-a-company name) as written in content/vocab/companies.yml. */
export type CompanyEntry = z.output<typeof entrySchema>;

/** The vocabulary compiled for recognition: built once per run, shared by every article. */
export interface CompanyVocab {
  /** Companies first, then not_companies; matcher ids index this array. */
  entries: CompanyEntry[];
  /** How many of `entries` are companies; ids at or above it are never listed. */
  companyCount: number;
  /** Canonical name each company is listed under: its own, or its top-most parent's. */
  listedAs: string[];
  matcher: Matcher;
  rules: CompanyRules;
  /** Fitted salience weights (company-salience.yml); without them the hand-written rules decide. */
  salience?: SalienceModel;
  /** Thresholds of behaviour finds (company-actors.yml); without them none are made. */
  actors?: ActorRules;
  /** Baidu LAC (content/models/lac-small): organisation names in Chinese text, for the report. */
  tagger?: LacModel;
}

/** Every name an entry is matched by. */
export function entryNames(e: CompanyEntry): string[] {
  return [...new Set([e.name, ...e.aliases, ...e.zh])];
}

function resolveParents(companies: CompanyEntry[]): string[] {
  const byName = new Map(companies.map((c) => [c.name, c]));
  return companies.map((c) => {
    let cur = c;
    for (let hops = 0; cur.parent && hops < 10; hops++) {
      const next = byName.get(cur.parent);
      if (!next) throw new Error(`companies.yml: ${c.name} has unknown parent ${cur.parent}`);
      cur = next;
    }
    return cur.name;
  });
}

const dictionarySchema = z.object({
  companies: z.array(
    z.object({ name: z.string(), zh: z.array(z.string()), guard: z.array(z.string()).optional() }),
  ),
});

/**
 * Add the dictionary's companies (companies-cedict.json) to the hand-kept ones: a Chinese name
 * becomes another name of the company of the same English name, or a company of its own, matched
 * by its Chinese names only. A name companies.yml already has (or never lists) stays as it is.
 */
function withDictionary(
  companies: CompanyEntry[],
  never: CompanyEntry[],
  dictionary: unknown,
): CompanyEntry[] {
  const parsed = dictionarySchema.safeParse(dictionary);
  if (!parsed.success) throw new Error(`companies-cedict.json: ${z.prettifyError(parsed.error)}`);
  const out = companies.map((c) => ({ ...c, zh: [...c.zh], guard: [...c.guard] }));
  const byName = new Map(
    out.flatMap((c) => [c.name, ...c.aliases].map((n) => [n.toLowerCase(), c] as const)),
  );
  const taken = new Set([...out, ...never].flatMap(entryNames));
  for (const d of parsed.data.companies) {
    // A name that is also an ordinary word (大众 "the masses") needs an archivist's guard rules.
    const zh = d.zh.filter((z) => !taken.has(z) && !d.guard?.includes(z));
    if (zh.length === 0) continue;
    zh.forEach((z) => taken.add(z));
    // Two characters are a word inside many others (日电 in 13日电, a dateline): such a name counts
    // once the company is confirmed (国泰 after 国泰航空, or a company word after it).
    const guard = zh.filter((z) => z.length <= 2);
    const same = byName.get(d.name.toLowerCase());
    if (same) {
      same.zh.push(...zh);
      same.guard.push(...guard);
    } else out.push(entrySchema.parse({ name: d.name, zh, guard, kind: 'dictionary', match_name: false }));
  }
  return out.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase(), 'en'));
}

/** Validate the parsed YAML and compile it; throws with a readable message on bad data. */
export function compileCompanies(data: unknown, dictionary?: unknown): CompanyVocab {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new Error(`companies.yml: ${z.prettifyError(parsed.error)}`);
  const never = parsed.data.not_companies;
  const companies =
    dictionary === undefined
      ? parsed.data.companies
      : withDictionary(parsed.data.companies, never, dictionary);
  const entries = [...companies, ...never];
  const patterns: Pattern[] = [];
  entries.forEach((e, id) => {
    const all = entryNames(e);
    for (const flag of [...e.exact, ...e.guard]) {
      if (!all.includes(flag)) throw new Error(`companies.yml: ${e.name} flags unknown name ${flag}`);
    }
    for (const text of all) {
      if (text === e.name && !e.match_name && !e.aliases.includes(text)) continue;
      if (text.length < 2) throw new Error(`companies.yml: ${e.name} has a name shorter than 2: ${text}`);
      patterns.push({ text, id, exact: e.exact.includes(text), guard: e.guard.includes(text) });
    }
  });
  return {
    entries,
    companyCount: companies.length,
    listedAs: resolveParents(companies),
    matcher: buildMatcher(patterns),
    rules: compileRules(parsed.data.rules as RawRules),
  };
}

/**
 * Read and compile `companies.yml` (and `companies-cedict.json`, if there) from a vocabulary
 * folder; with `tagger`, also the LAC model beside it (content/models/lac-small), whose
 * organisation names become candidates for the archivist.
 */
export function loadCompanies(dir: string, opts: { tagger?: boolean } = {}): CompanyVocab {
  const dictionary = join(dir, 'companies-cedict.json');
  const vocab = compileCompanies(
    readVocabFile(join(dir, 'companies.yml')),
    existsSync(dictionary) ? readVocabFile(dictionary) : undefined,
  );
  const actorsFile = join(dir, 'company-actors.yml');
  if (existsSync(actorsFile)) {
    const actors = actorsSchema.safeParse(readVocabFile(actorsFile));
    if (!actors.success) throw new Error(`company-actors.yml: ${z.prettifyError(actors.error)}`);
    vocab.actors = actors.data;
  }
  const tagger = opts.tagger ? loadLacModel(lacDir(dir)) : undefined;
  if (opts.tagger && !tagger)
    throw new Error(`no LAC model in ${lacDir(dir)} (scripts/models/convertLac.ts)`);
  if (tagger) vocab.tagger = tagger;
  const model = join(dir, 'company-salience.yml');
  if (!existsSync(model)) return vocab;
  const parsed = salienceSchema.safeParse(readVocabFile(model));
  if (!parsed.success) throw new Error(`company-salience.yml: ${z.prettifyError(parsed.error)}`);
  return { ...vocab, salience: parsed.data };
}

const actorsSchema = z.object({ minMentions: z.number().int().min(1), minActs: z.number().int().min(1) });

const salienceSchema = z.object({ threshold: z.number(), weights: z.record(z.string(), z.number()) });
