import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PAIR_SLOTS, pairSlot } from '../stages/clean/han.ts';
import { asciiFold } from './cityNames.ts';
import { readVocabFile } from './vocabFiles.ts';

/** One city of the gazetteer (content/vocab/cities.json, built by buildCities.ts). */
export interface City {
  /** Stable lowercase ASCII slug, unique: `hong-kong`, `xian`. */
  slug: string;
  /** Canonical English name: `Wuhan`, `Hong Kong`, `Xi'an`. */
  name: string;
  /** Chinese name without 市, where known. */
  zh?: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** Chinese administrative level, or `world` for cities outside China. */
  level: 'municipality' | 'prefecture' | 'county' | 'sar' | 'world';
  /** Chinese province the city belongs to, in Chinese. */
  province?: string;
  lat: number | null;
  lon: number | null;
  population: number;
  /** National capital (GeoNames PPLC). */
  capital: boolean;
  /** Set on a homonym of a more populous city: the name they share (`Cambridge`). */
  base?: string;
  /** English name of the first-level division, on cities that share a name (`Massachusetts`). */
  region?: string;
  /** Other English names that mean this city. */
  aliases?: string[];
}

/** The disambiguation rules of content/vocab/city-context.yml. */
export interface CityContext {
  english: {
    properNameAfter: string[];
    freeAfter: string[];
    freeBefore: string[];
    properNameBefore: string[];
    governmentAfter: string[];
    governmentAfterAny: string[];
    governmentBefore: string[];
    surnames: string[];
    needsCue: string[];
    cueBefore: string[];
    placeAfter: string[];
    personNouns: string[];
    affiliationRoles: string[];
    affiliationVerbs: string[];
    alwaysCue: boolean;
    creditLine: string;
  };
  chinese: {
    properNameAfter: string[];
    properNameBefore: string[];
    unitsAfterNumber: string;
    governmentAfter: string[];
    nameEndings: string[];
    insideWords: string[];
    needsCue: string[];
    countyLevelBare: string[];
    shortForms: { city: string; pattern: string }[];
    creditLine: string;
  };
}

/** A name the matcher looks for, with what it takes to count. */
export interface NameEntry {
  city: City;
  /** One mention is not enough: the name needs a cue (市 / "City" / a locative before it). */
  needsCue: boolean;
}

/** The gazetteer compiled for recognition: built once per run, shared by every article. */
export interface CityGazetteer {
  cities: City[];
  /** English names (tokens joined by one space, apostrophes straight) → entry. */
  english: Map<string, NameEntry>;
  /** First word of an English name → the most words a name starting with it has. */
  englishFirst: Map<string, number>;
  /** Chinese names → entry. */
  chinese: Map<string, NameEntry>;
  /** First two characters of a Chinese name → names starting with them, longest first. */
  chineseByFirst: Map<string, string[]>;
  /** 1 at `pairSlot` of the first two code units of every Chinese name: a fast pre-check. */
  chinesePairs: Uint8Array;
  /** Chinese province names without 省 / 自治区 (湖北, 广西): a name starting inside one is no city. */
  provinces: Set<string>;
  context: CityContext;
  /** English names of countries and territories (countries.json): places, never companies. */
  countries: Set<string>;
  /** Countries named in more than one word ("El Salvador"): a city inside one is no city. */
  longCountries: string[];
  /** Names and postal codes of states, provinces and territories (regions.json): "Texas", "Ont". */
  regions: Set<string>;
  /** Sets and regexes compiled from `context`. */
  rules: CompiledRules;
}

/** Context rules in the shape the recogniser uses. */
export interface CompiledRules {
  enProperAfter: Set<string>;
  enFreeAfter: Set<string>;
  enFreeBefore: Set<string>;
  enProperBefore: string[];
  enGovAfter: RegExp;
  enGovAfterAny: RegExp;
  enGovBefore: RegExp;
  enSurnames: Set<string>;
  enCueBefore: RegExp;
  /** Words right after a name that make it a place ("-based", "airport"). */
  enPlaceAfter: RegExp;
  /** "-based analyst" after a name, "journalist based in" before it: a person's base. */
  enPersonAfter: RegExp;
  enPersonBefore: RegExp;
  /** "a professor at the X Institute in": the city of a person's employer or school. */
  enAffiliationBefore: RegExp;
  /** Every English mention needs a place context, not only the needsCue names. */
  enAlwaysCue: boolean;
  enCredit: RegExp;
  zhProperAfter: string[];
  zhProperBefore: string[];
  /** First characters that, after a number, are a unit (9成都 is "90% all"). */
  zhUnits: string;
  zhGovAfter: string[];
  zhNameEndings: RegExp[];
  zhInside: string[];
  zhShortForms: { city: string; re: RegExp }[];
  zhCredit: RegExp;
}

/** Split English text into word tokens the same way for names and articles. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Key of an English name: its tokens joined by one space, accents kept, apostrophes straight. */
export function englishKey(name: string): string {
  return (name.replace(/[’‘]/g, "'").match(WORD) ?? []).join(' ');
}

const words = (list: string[]) => list.map((w) => w.replace(/\s+/g, '\\s+')).join('|');

function compileRules(c: CityContext): CompiledRules {
  return {
    enProperAfter: new Set(c.english.properNameAfter),
    enFreeAfter: new Set(c.english.freeAfter),
    enFreeBefore: new Set(c.english.freeBefore),
    enProperBefore: c.english.properNameBefore,
    enGovAfter: new RegExp(`^(?:'s)?\\s+(?:${words(c.english.governmentAfter)})\\b`),
    enGovAfterAny: new RegExp(`^(?:'s)?\\s+(?:${words(c.english.governmentAfterAny)})\\b`),
    enGovBefore: new RegExp(`\\b(?:${words(c.english.governmentBefore)})\\s+$`, 'i'),
    enSurnames: new Set(c.english.surnames),
    enCueBefore: new RegExp(`\\b(?:${words(c.english.cueBefore)})\\s+$`, 'i'),
    enPlaceAfter: new RegExp(`^(?:${words(c.english.placeAfter)})\\b`, 'i'),
    enAlwaysCue: c.english.alwaysCue,
    enPersonAfter: new RegExp(`^-based\\s+(?:[\\w-]+\\s+){0,2}(?:${words(c.english.personNouns)})s?\\b`, 'i'),
    enPersonBefore: new RegExp(
      `\\b(?:${words(c.english.personNouns)})s?\\s+(?:[\\w-]+\\s+)?based\\s+in\\s+$`,
      'i',
    ),
    enAffiliationBefore: new RegExp(
      `\\b(?:(?:${words(c.english.affiliationRoles)})s?\\s+(?:at|of|with|from)|${words(c.english.affiliationVerbs)})\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*\\s+(?:(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|of|for|and|&|on|the)\\s+){0,9}in\\s+$`,
      'u',
    ),
    enCredit: new RegExp(c.english.creditLine, 'i'),
    zhProperAfter: c.chinese.properNameAfter,
    zhProperBefore: c.chinese.properNameBefore,
    zhUnits: c.chinese.unitsAfterNumber ?? '',
    zhGovAfter: c.chinese.governmentAfter,
    zhNameEndings: c.chinese.nameEndings.map((e) => new RegExp(e)),
    zhInside: c.chinese.insideWords,
    zhShortForms: c.chinese.shortForms.map((s) => ({ city: s.city, re: new RegExp(s.pattern, 'g') })),
    zhCredit: new RegExp(c.chinese.creditLine),
  };
}

/** Compile the gazetteer and context rules into lookup tables (pure; no I/O). */
export function compileCities(
  cities: City[],
  context: CityContext,
  countries: string[] = [],
  regions: string[] = [],
): CityGazetteer {
  const enCue = new Set(context.english.needsCue);
  const zhCue = new Set(context.chinese.needsCue);
  const zhBare = new Set(context.chinese.countyLevelBare);
  const english = new Map<string, NameEntry>();
  const chinese = new Map<string, NameEntry>();
  // Bigger places first, so a shared name means the one readers most likely meant.
  const ordered = [...cities].sort((a, b) => b.population - a.population);
  for (const city of ordered) {
    const county = city.level === 'county' && !(city.zh && zhBare.has(city.zh));
    // A world homonym ("Cambridge (Massachusetts)") is not a name to find: resolvePlaces picks it.
    const names = city.base && city.level === 'world' ? [] : [city.name, ...(city.aliases ?? [])];
    for (const n of names) {
      const k = englishKey(n);
      if (k && !english.has(k))
        english.set(k, { city, needsCue: county || enCue.has(n) || enCue.has(city.name) });
    }
    if (city.zh && !chinese.has(city.zh))
      chinese.set(city.zh, { city, needsCue: county || zhCue.has(city.zh) });
  }
  const chineseByFirst = new Map<string, string[]>();
  for (const n of chinese.keys())
    chineseByFirst.set(n.slice(0, 2), [...(chineseByFirst.get(n.slice(0, 2)) ?? []), n]);
  for (const list of chineseByFirst.values()) list.sort((a, b) => b.length - a.length);
  const chinesePairs = new Uint8Array(PAIR_SLOTS);
  for (const k of chineseByFirst.keys()) chinesePairs[pairSlot(k.charCodeAt(0), k.charCodeAt(1))] = 1;
  const englishFirst = new Map<string, number>();
  for (const k of english.keys()) {
    const w = k.split(' ');
    englishFirst.set(w[0]!, Math.max(englishFirst.get(w[0]!) ?? 0, w.length));
  }
  const provinces = new Set<string>();
  for (const c of cities) {
    const short = c.province?.replace(/(省|市|壮族|回族|维吾尔|自治区)+$/, '');
    if (short) provinces.add(short);
  }
  return {
    cities,
    english,
    englishFirst,
    chinese,
    chineseByFirst,
    chinesePairs,
    provinces,
    context,
    countries: new Set(countries),
    longCountries: countries.filter((c) => /\s/.test(c)),
    regions: new Set(regions),
    rules: compileRules(context),
  };
}

/** Read cities.json, city-context.yml, countries.json and regions.json from a vocab folder and compile them. */
export function loadCities(dir = join(import.meta.dirname, '..', '..', 'content', 'vocab')): CityGazetteer {
  const cities = readVocabFile(join(dir, 'cities.json')) as City[];
  const context = readVocabFile(join(dir, 'city-context.yml')) as CityContext;
  const countriesFile = join(dir, 'countries.json');
  const countries = existsSync(countriesFile) ? (readVocabFile(countriesFile) as string[]) : [];
  const regionsFile = join(dir, 'regions.json');
  const regions = existsSync(regionsFile) ? (readVocabFile(regionsFile) as string[]) : [];
  return compileCities(cities, context, countries, regions);
}

/** The city whose canonical name, alias or Chinese name is `name`, if any. */
export function cityByName(gaz: CityGazetteer, name: string): City | undefined {
  return (
    gaz.chinese.get(name)?.city ??
    gaz.english.get(englishKey(asciiFold(name)))?.city ??
    gaz.english.get(englishKey(name))?.city
  );
}

/**
 * Is `name` a country, a region or a city of the gazetteer (as an English name)? A country's
 * long form counts by its head too: "United States" for "United States of America".
 */
export function isPlaceName(gaz: CityGazetteer, name: string): boolean {
  // Postal codes ("CA", "SK") are no names: "SK" is a company's.
  const region = gaz.regions.has(name) && /[a-z]/.test(name);
  if (region || gaz.countries.has(name) || gaz.english.has(englishKey(name))) return true;
  if (!name.includes(' ')) return false;
  for (const c of gaz.countries) if (c.startsWith(`${name} of `)) return true;
  return false;
}
