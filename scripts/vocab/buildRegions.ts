/**
 * Builds content/vocab/regions.json, the English names and postal codes of states, provinces and
 * territories, from the `provinces` package (MIT). The city recogniser reads "Brampton, Ont." and
 * "Fort Worth, Texas" as a city with its region, but "Washington, Google gave" as no such pair.
 * Run: node scripts/vocab/buildRegions.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface Province {
  name: string;
  short?: string;
  alt?: string[];
  country: string;
}

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const provinces = require('provinces') as Province[];
const names = new Set<string>();
for (const p of provinces) {
  // Articles write regions in Latin script; names in other scripts would never match.
  for (const n of [p.name, ...(p.alt ?? [])]) if (/^[\p{Script=Latin}\s.'’-]+$/u.test(n)) names.add(n);
  if (p.short && /^[A-Z]{2,3}$/.test(p.short)) names.add(p.short);
}
const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
writeFileSync(join(root, 'content', 'vocab', 'regions.json'), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`regions.json: ${sorted.length} names`);
