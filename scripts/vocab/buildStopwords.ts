/**
 * Builds content/vocab/stopwords.json, the function words the content-region classifier
 * (scripts/stages/findContent.ts) counts, from installed packages:
 *
 * - stopword: its English list (`eng`) and the one-character words of its Chinese list (`zho`);
 * - opencc-js: the traditional form of each Chinese one (这 → 這, 们 → 們), so that Hong Kong and
 *   Taiwan text reads like mainland text.
 *
 * Output: `{ "en": [...], "zh": [...] }`, each sorted and without duplicates. Run:
 * node scripts/vocab/buildStopwords.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { eng, zho } from 'stopword';

const root = join(import.meta.dirname, '..', '..');
const toTraditional = Converter({ from: 'cn', to: 't' });
const simplified = zho.filter((w) => [...w].length === 1);
const sorted = (xs: string[]) => [...new Set(xs)].sort();
const out = {
  en: sorted(eng.map((w) => w.toLowerCase())),
  zh: sorted([...simplified, ...simplified.map((w) => toTraditional(w))]),
};
writeFileSync(join(root, 'content/vocab/stopwords.json'), JSON.stringify(out, null, 1) + '\n');
