import { join } from 'node:path';
import { z } from 'zod';
import { buildMatcher, type Matcher, type Pattern } from '../stages/entities/companies/matcher.ts';
import { compileRules, type CompanyRules, type RawRules } from '../stages/entities/companies/rules.ts';
import { readVocabFile } from './vocabFiles.ts';

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
  })
  .strict();

const list = z.array(z.string()).default([]);
const rulesSchema = z
  .object({
    en_suffixes: list,
    en_legal: list,
    en_weak_suffixes: list,
    en_stopwords: list,
    en_intro_cues: list,
    en_cue_after: list,
    en_cue_before: list,
    en_company_nouns: list,
    zh_suffixes: list,
    zh_legal: list,
    zh_weak_suffixes: list,
    zh_name_stops: z.string().default(''),
    zh_generic: list,
    zh_institution_endings: list,
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

/** Validate the parsed YAML and compile it; throws with a readable message on bad data. */
export function compileCompanies(data: unknown): CompanyVocab {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new Error(`companies.yml: ${z.prettifyError(parsed.error)}`);
  const { companies, not_companies: never } = parsed.data;
  const entries = [...companies, ...never];
  const patterns: Pattern[] = [];
  entries.forEach((e, id) => {
    const all = entryNames(e);
    for (const flag of [...e.exact, ...e.guard]) {
      if (!all.includes(flag)) throw new Error(`companies.yml: ${e.name} flags unknown name ${flag}`);
    }
    for (const text of all) {
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

/** Read and compile `companies.yml` from a vocabulary folder (usually content/vocab). */
export function loadCompanies(dir: string): CompanyVocab {
  return compileCompanies(readVocabFile(join(dir, 'companies.yml')));
}
