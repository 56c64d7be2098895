import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCompanies, entryNames, loadCompanies } from '../../scripts/vocab/companies.ts';

const vocab = loadCompanies(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const companies = vocab.entries.slice(0, vocab.companyCount);

describe('companies.yml', () => {
  it('has at least 400 companies', () => expect(companies.length).toBeGreaterThanOrEqual(400));

  it('gives every company a unique canonical name', () => {
    const names = vocab.entries.map((e) => e.name.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('never lets two entries claim the same name or alias', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of vocab.entries) {
      for (const n of entryNames(e)) {
        const k = n.normalize('NFKC').toLowerCase();
        const prev = owner.get(k);
        if (prev && prev !== e.name) clashes.push(`${n}: ${prev} / ${e.name}`);
        owner.set(k, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists every parent as a company of its own, without legal suffixes in names', () => {
    const names = new Set(companies.map((c) => c.name));
    expect(companies.filter((c) => c.parent && !names.has(c.parent)).map((c) => c.name)).toEqual([]);
    expect(companies.filter((c) => /\b(Co\.|Ltd|Inc\.?|LLC)$/.test(c.name)).map((c) => c.name)).toEqual([]);
  });

  it('keeps both lists sorted by name for review', () => {
    for (const list of [companies, vocab.entries.slice(vocab.companyCount)]) {
      const names = list.map((c) => c.name.toLowerCase());
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it('never lists a news agency, exchange or analyst as a company', () => {
    const never = new Set(vocab.entries.slice(vocab.companyCount).map((e) => e.name));
    for (const n of ['Xinhua', 'Reuters', 'Beijing News', 'Shenzhen Stock Exchange', 'IDC', 'Gartner']) {
      expect(never.has(n), n).toBe(true);
    }
  });

  it.each([
    ['an unknown parent', { name: 'Tmall', parent: 'Nobody' }, /unknown parent/],
    ['a flag on a name the entry lacks', { name: 'Apple', exact: ['apple'] }, /flags unknown name/],
    ['a one-character name', { name: 'Q', zh: ['米'] }, /shorter than 2/],
    ['an unknown key', { name: 'Apple', colour: 'red' }, /colour/],
  ])('rejects %s', (_, entry, message) => {
    expect(() => compileCompanies({ rules: {}, not_companies: [], companies: [entry] })).toThrow(message);
  });
});
