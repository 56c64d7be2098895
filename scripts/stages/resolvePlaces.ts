/**
 * Which place a found city name is, when several cities share it (Cambridge in England,
 * Massachusetts or Ontario; 泰州 and 台州 are both Taizhou). The article's context decides: the
 * region or country written beside the name ("Cambridge, Massachusetts"), a region or country it
 * names, the other cities it names; the most populous wins when nothing decides.
 */
import type { City, CityGazetteer } from '../vocab/cities.ts';
import { cityByName } from '../vocab/cities.ts';
import type { PlaceVocab } from '../vocab/places.ts';
import { entityText } from './entities/entityText.ts';
import { escapeRegExp } from '../lib/escapeRegExp.ts';

/** The text resolvePlaces reads: headline and body paragraphs (Markdown). */
export interface PlaceDoc {
  title: string;
  paragraphs: string[];
}

/** Evidence weights: a qualifier beside the name settles it; the rest only tips the balance. */
const QUALIFIED = 10;
const REGION_NAMED = 3;
const COUNTRY_NAMED = 1;
const NEIGHBOUR = 1;
const MAX_NEIGHBOURS = 3;
/** The population prior never outweighs more than this much evidence (log10 units). */
const MIN_PRIOR = -2;

const anyOf = (words: string[]) => words.map(escapeRegExp).join('|');
const word = (words: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${anyOf(words)})(?![\\p{L}\\p{N}])`, 'u');

/** Words that place `city`: its region's name and its country's names. */
function placeWords(city: City, places: PlaceVocab): { region: string[]; country: string[] } {
  return { region: city.region ? [city.region] : [], country: places.countryWords.get(city.country) ?? [] };
}

/** How well the text supports `city` as the place meant by `name` (higher is better). */
function score(
  city: City,
  head: City,
  name: string,
  text: string,
  neighbours: City[],
  places: PlaceVocab,
): number {
  const { region, country } = placeWords(city, places);
  const beside = [...region, ...country];
  let s = Math.max(MIN_PRIOR, Math.log10(Math.max(city.population, 1) / Math.max(head.population, 1)));
  if (
    beside.length &&
    new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?:\\s*,\\s*|\\s*\\(\\s*|,?\\s+in\\s+(?:the\\s+)?)(?:${anyOf(beside)})(?![\\p{L}\\p{N}])`,
      'u',
    ).test(text)
  )
    s += QUALIFIED;
  // The Chinese name is one place's alone (泰州 is Jiangsu's Taizhou).
  if (city.zh && text.includes(city.zh)) s += QUALIFIED;
  if (region.length && word(region).test(text)) s += REGION_NAMED;
  if (country.length && word(country).test(text)) s += COUNTRY_NAMED;
  let near = 0;
  for (const n of neighbours)
    near +=
      (n.country === city.country ? NEIGHBOUR : 0) +
      ((city.province && n.province === city.province) || (city.region && n.region === city.region)
        ? NEIGHBOUR
        : 0);
  return s + Math.min(near, MAX_NEIGHBOURS);
}

/**
 * The gazetteer place (slug) of every found city whose name several places share, by name:
 * `{ Cambridge: 'cambridge-massachusetts' }`. Names only one place has are left out.
 */
export function resolvePlaces(
  doc: PlaceDoc,
  cities: readonly string[],
  ctx: { cities: CityGazetteer; places: PlaceVocab },
): Record<string, string> {
  const ambiguous = cities.filter((c) => ctx.places.homonyms.has(c));
  if (ambiguous.length === 0) return {};
  const text = [doc.title, ...doc.paragraphs].map(entityText).join('\n');
  const placed = new Map<string, City>();
  for (const c of cities) {
    const city = cityByName(ctx.cities, c);
    if (city) placed.set(c, city);
  }
  const out: Record<string, string> = {};
  for (const name of [...ambiguous].sort()) {
    const group = ctx.places.homonyms.get(name)!;
    const head = group[0]!;
    const neighbours = [...placed].filter(([n]) => n !== name).map(([, c]) => c);
    let best = head;
    let bestScore = score(head, head, name, text, neighbours, ctx.places);
    for (const city of group.slice(1)) {
      const s = score(city, head, name, text, neighbours, ctx.places);
      if (s > bestScore) [best, bestScore] = [city, s];
    }
    out[name] = best.slug;
  }
  return out;
}
