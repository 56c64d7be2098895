import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../scripts/stages/extractMeta.ts';
import { splitNames } from '../../scripts/stages/meta/names.ts';
import { loadBoilerplate } from '../../scripts/vocab/boilerplate.ts';
import { loadSites } from '../../scripts/vocab/sites.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'vocab');
const sites = loadSites(dir);
const region = loadBoilerplate(dir).region;
const where = { file: 'corpus.txt', line: 1, name: 'case' };
const kept = [
  'A short headline about a new plant',
  'The company opened a plant on Monday, it said in a statement, and it will hire a hundred people there.',
];
const author = (value: string, siteNames: string[] = []) =>
  extractMeta({ data: { author: value }, kept, removed: [], where, siteNames, region }, sites).meta.author;

describe('bylines name people', () => {
  it('reads a Latin word and Han characters as one name, not a fragment of it', () =>
    // `IT 之家` is a site, not a Chinese personal name: nothing rather than `之家`.
    expect(splitNames('IT 之家', sites)).toEqual([]));

  it.each([
    ['Ann Writer', [], 'Ann Writer'],
    ['Example Times', [], null],
    ['Example Courier', ['Example Courier'], null],
    ['Privacy Policy, Ann Writer', [], 'Ann Writer'],
    ['Terms and Conditions', [], null],
  ])('%s (site %j) → %s', (value, siteNames, want) => expect(author(value, siteNames)).toBe(want));
});
