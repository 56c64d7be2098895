/**
 * Builds content/vocab/countries.json, the English names of the world's countries and
 * territories, from the `world-atlas` package (Natural Earth 1:50m admin-0 names, public domain).
 * The recognisers use it to tell a place from a company: "China Inc." is no company.
 * Run: node scripts/vocab/buildCountries.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface Atlas {
  objects: { countries: { geometries: { properties?: { name?: string } }[] } };
}

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Atlas;
const names = new Set<string>();
for (const g of atlas.objects.countries.geometries) {
  const name = g.properties?.name;
  // Abbreviated forms ("W. Sahara", "Dominican Rep.") are not how articles write them.
  if (name && !name.includes('.')) names.add(name);
}
const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
writeFileSync(join(root, 'content', 'vocab', 'countries.json'), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`countries.json: ${sorted.length} names`);
