import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompanies } from '../../scripts/vocab/companies.ts';
import { judge, type Mention } from '../../scripts/stages/entities/companies/context.ts';
import { findCompanies } from '../../scripts/stages/entities/findCompanies.ts';

const vocab = loadCompanies(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const companies = (title: string, ...paragraphs: string[]) =>
  findCompanies({ title, paragraphs, lang: 'en' }, vocab).companies;

/** Judge the first occurrence of `name` in `text` as a discovered mention. */
function judged(text: string, name: string): Mention {
  const start = text.indexOf(name);
  const m: Mention = {
    key: name,
    text: 1,
    start,
    end: start + name.length,
    guard: false,
    product: false,
    discovered: true,
  };
  judge(m, text, vocab.rules);
  return m;
}

// Sentences written for the test; the companies are invented.
describe('a ticker after a name presents a listed company', () => {
  it.each([
    'The hub serves Zorvex Airlines (ZRV) and two smaller carriers.',
    'The hub serves Zorvex Airlines (NYSE: ZRV) and two smaller carriers.',
    'The hub serves Zorvex Airlines (0992.HK) and two smaller carriers.',
  ])('%s', (text) => {
    const m = judged(text, 'Zorvex Airlines');
    expect(m.acts).toBe(true);
    expect(m.weak).toBeUndefined();
  });
  it('a plain mention does not act', () => {
    expect(judged('The hub serves Zorvex Airlines and two smaller carriers.', 'Zorvex Airlines').acts).toBe(
      false,
    );
  });
  it('a company met once with its ticker is listed; without it, not', () => {
    const title = 'Airport workers walk out';
    const lead = 'Hundreds of baggage handlers went on strike at the airport on Friday.';
    expect(companies(title, lead, 'The airport is a hub for Zorvex Airlines (ZRV), the union said.')).toEqual(
      ['Zorvex Airlines'],
    );
    expect(companies(title, lead, 'The airport is a hub for Zorvex Airlines, the union said.')).toEqual([]);
  });
});

describe('the rest of a full name after a short one', () => {
  it.each([
    ['Regulators cleared Zorvex Technology Group, which had submitted two bids.', true],
    ['Regulators cleared Zorvex Technologies Corp., which had submitted two bids.', true],
    ['Zorvex Group said on Monday it would add routes.', true],
    ['Regulators cleared Zorvex Technology Group and two smaller bidders.', false],
  ])('%s', (text, acts) => {
    expect(judged(text, 'Zorvex').acts).toBe(acts);
  });
});
