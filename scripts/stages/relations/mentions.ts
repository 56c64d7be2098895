import type { CityGazetteer, CompiledRules } from '../../vocab/cities.ts';
import { entryNames, type CompanyVocab } from '../../vocab/companies.ts';

/** One name found in a sentence: a company or city of the article, or a name that blocks both. */
export interface Mention {
  kind: 'company' | 'city' | 'block';
  /** Canonical English name (empty for a block). */
  name: string;
  start: number;
  end: number;
}

/** A written form of a name and whether its capitalisation must match exactly. */
interface Form {
  text: string;
  exact: boolean;
}

/** The names to look for in one article's sentences, by canonical name. */
export interface ArticleNames {
  companies: Map<string, Form[]>;
  cities: Map<string, Form[]>;
  /** Short forms (汉 in 离汉) by canonical city, as the gazetteer's context rules write them. */
  shortForms: Map<string, RegExp>;
  /** Names never listed (news outlets, exchanges: 腾讯网, Shenzhen Stock Exchange). */
  blocks: Form[];
  /** The gazetteer's context rules: which words after a city name make it part of a longer name. */
  cityRules: CompiledRules;
}

const companyIndex = new WeakMap<CompanyVocab, { byName: Map<string, Form[]>; blocks: Form[] }>();
const cityIndex = new WeakMap<CityGazetteer, Map<string, Form[]>>();

/** Every form each listed company is written in (its own names and its brands' and units'). */
function companyForms(vocab: CompanyVocab): { byName: Map<string, Form[]>; blocks: Form[] } {
  let index = companyIndex.get(vocab);
  if (index) return index;
  const byName = new Map<string, Form[]>();
  const blocks: Form[] = [];
  vocab.entries.forEach((e, id) => {
    const forms = entryNames(e).map((text) => ({ text, exact: e.exact.includes(text) }));
    const listed = id < vocab.companyCount ? vocab.listedAs[id] : undefined;
    if (listed === undefined) blocks.push(...forms);
    else byName.set(listed, [...(byName.get(listed) ?? []), ...forms]);
  });
  companyIndex.set(vocab, (index = { byName, blocks }));
  return index;
}

/** Every English and Chinese name of each city of the gazetteer, by canonical name. */
function cityForms(gaz: CityGazetteer): Map<string, Form[]> {
  let index = cityIndex.get(gaz);
  if (index) return index;
  index = new Map();
  for (const [key, entry] of [...gaz.english, ...gaz.chinese]) {
    const list = index.get(entry.city.name) ?? [];
    list.push({ text: key, exact: true });
    index.set(entry.city.name, list);
  }
  cityIndex.set(gaz, index);
  return index;
}

/**
 * The forms of one article's companies and cities. Discovered companies (not in the vocabulary)
 * are looked for by their own name and, where found, their Chinese name.
 */
export function articleNames(
  entities: { companies: string[]; cities: string[]; candidates: { name: string; zh?: string }[] },
  vocab: { companies: CompanyVocab; cities: CityGazetteer },
): ArticleNames {
  const known = companyForms(vocab.companies);
  const cities = cityForms(vocab.cities);
  const zhOf = new Map(entities.candidates.map((c) => [c.name, c.zh]));
  const companies = new Map<string, Form[]>();
  for (const name of entities.companies) {
    const zh = zhOf.get(name);
    const own = [{ text: name, exact: false }, ...(zh ? [{ text: zh, exact: true }] : [])];
    companies.set(name, known.byName.get(name) ?? own);
  }
  const shortForms = new Map<string, RegExp>();
  for (const s of vocab.cities.rules.zhShortForms)
    if (entities.cities.includes(s.city)) shortForms.set(s.city, new RegExp(s.re.source, 'gu'));
  return {
    companies,
    cities: new Map(entities.cities.map((c) => [c, cities.get(c) ?? [{ text: c, exact: true }]])),
    shortForms,
    blocks: known.blocks,
    cityRules: vocab.cities.rules,
  };
}

const WORDISH = /[\p{L}\p{N}]/u;
const LATIN_START = /^[A-Za-z0-9]/;
const NEXT_WORDS = /^(?: \p{Lu}[\p{L}'-]*){1,4}/u;

/**
 * Is the city written at [start, end) the head of a longer proper name ("Changsha Research
 * Institute", 武汉大学)? The capitalised words after an English name make one when one of them
 * ends names (Institute, University) or the first is no word a place may take (Research Centre).
 */
function cityInName(text: string, start: number, end: number, r: CompiledRules): boolean {
  if (LATIN_START.test(text.charAt(start))) {
    const run =
      NEXT_WORDS.exec(text.slice(end, end + 60))?.[0]
        .trim()
        .split(' ') ?? [];
    return run.some((w) => r.enProperAfter.has(w)) || (run.length > 0 && !r.enFreeAfter.has(run[0]!));
  }
  const rest = text.slice(
    text.startsWith('市', end) && !text.startsWith('市场', end) ? end + 1 : end,
    end + 20,
  );
  return r.zhProperAfter.some((w) => rest.startsWith(w));
}

/** Start offsets of `form` in `text` (Latin forms on word boundaries). */
function find(text: string, lower: string, form: Form, out: number[]): void {
  const latin = LATIN_START.test(form.text);
  // English city keys are tokens joined by one space with straight apostrophes; dateline capitals too.
  const forms = latin && form.exact ? [form.text, form.text.toUpperCase()] : [form.text];
  for (const f of forms) {
    const hay = latin && !form.exact ? lower : text;
    const needle = latin && !form.exact ? f.toLowerCase() : f;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      if (latin && (WORDISH.test(text.charAt(i - 1)) || WORDISH.test(text.charAt(end)))) continue;
      // A possessive or plural stays the name ("Huawei's"): only a letter right after breaks it.
      out.push(i, end);
    }
  }
}

/** Companies, cities and blocking names in one sentence, longest first where they overlap. */
export function mentionsIn(sentence: string, names: ArticleNames): Mention[] {
  const text = sentence.replace(/[’‘]/g, "'");
  // Lower-casing can change a string's length (İ); then offsets would not match, so case counts.
  const folded = text.toLowerCase();
  const lower = folded.length === text.length ? folded : text;
  const all: Mention[] = [];
  const add = (kind: Mention['kind'], name: string, forms: Form[]) => {
    const at: number[] = [];
    for (const f of forms) find(text, lower, f, at);
    for (let k = 0; k < at.length; k += 2) all.push({ kind, name, start: at[k]!, end: at[k + 1]! });
  };
  for (const [name, forms] of names.companies) add('company', name, forms);
  for (const [name, forms] of names.cities) add('city', name, forms);
  for (const [name, re] of names.shortForms)
    for (const m of text.matchAll(re))
      all.push({ kind: 'city', name, start: m.index, end: m.index + m[0].length });
  if (all.length === 0) return [];
  // A company's own unit (华为济南研究所, "Huawei's Changsha Research Institute") states where it
  // works; another body named after the city ("… with Changsha Research Institute") does not.
  const companyEnds = new Set(all.filter((m) => m.kind === 'company').map((m) => m.end));
  const ownedBy = (m: Mention) => {
    const gap = /(?:'s)?\s?$/u.exec(text.slice(Math.max(0, m.start - 3), m.start))?.[0] ?? '';
    return companyEnds.has(m.start - gap.length);
  };
  for (let k = all.length - 1; k >= 0; k--) {
    const m = all[k]!;
    if (m.kind === 'city' && cityInName(text, m.start, m.end, names.cityRules) && !ownedBy(m))
      all.splice(k, 1);
  }
  add('block', '', names.blocks);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let reach = -1;
  for (const m of all) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept.filter((m) => m.kind !== 'block');
}
