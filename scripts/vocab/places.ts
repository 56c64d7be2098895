import { join } from 'node:path';
import type { City, CityGazetteer } from './cities.ts';
import { readVocabFile } from './vocabFiles.ts';

/** What tells apart cities that share a name, compiled for the resolvePlaces stage. */
export interface PlaceVocab {
  /** Cities by the name they share, most populous first: `Cambridge` → England, Canada, Massachusetts. */
  homonyms: Map<string, City[]>;
  /** Words that name each country (its English name and the places.yml aliases), by ISO code. */
  countryWords: Map<string, string[]>;
}

interface PlacesFile {
  countryAliases?: Record<string, string[]>;
}

/** Group the gazetteer's homonyms and gather country words (pure; no I/O). */
export function compilePlaces(
  gaz: CityGazetteer,
  file: PlacesFile,
  countryNames: Record<string, string>,
): PlaceVocab {
  const byName = new Map(gaz.cities.map((c) => [c.name, c]));
  const homonyms = new Map<string, City[]>();
  for (const c of gaz.cities) {
    const head = c.base ? byName.get(c.base) : undefined;
    if (!head) continue;
    homonyms.set(head.name, [...(homonyms.get(head.name) ?? [head]), c]);
  }
  for (const list of homonyms.values())
    list.sort((a, b) => b.population - a.population || (a.slug < b.slug ? -1 : 1));
  const countryWords = new Map<string, string[]>();
  const codes = new Set([...Object.keys(countryNames), ...Object.keys(file.countryAliases ?? {})]);
  for (const code of codes)
    countryWords.set(code, [
      ...new Set([
        ...(countryNames[code] ? [countryNames[code]] : []),
        ...(file.countryAliases?.[code] ?? []),
      ]),
    ]);
  return { homonyms, countryWords };
}

/** Read places.yml and country-codes.json from a vocabulary folder and compile them against `gaz`. */
export function loadPlaces(dir: string, gaz: CityGazetteer): PlaceVocab {
  const file = readVocabFile(join(dir, 'places.yml')) as PlacesFile;
  const names = readVocabFile(join(dir, 'country-codes.json')) as Record<string, string>;
  return compilePlaces(gaz, file, names);
}
