import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processBlock } from '../../scripts/pipeline.ts';
import { resolvePlaces } from '../../scripts/stages/resolvePlaces.ts';
import { loadContext } from '../../scripts/vocab/context.ts';
import { placeNamesBySlug, withPlaceNames } from '../../src/lib/placeNames.ts';
import { articleSchema } from '../../src/lib/articleSchema.ts';

const root = join(import.meta.dirname, '..', '..');
const ctx = loadContext(join(root, 'content', 'vocab'));

/** The place chosen for each ambiguous city of one paragraph, given the cities found in it. */
const resolve = (text: string, cities: string[], title = '') =>
  resolvePlaces({ title, paragraphs: [text] }, cities, ctx);

describe('the gazetteer keeps cities that share a name', () => {
  it('lists Cambridge in England, Canada and Massachusetts, the most populous first', () => {
    expect(ctx.places.homonyms.get('Cambridge')?.map((c) => c.slug)).toEqual([
      'cambridge',
      'cambridge-canada',
      'cambridge-massachusetts',
    ]);
  });
  it('does not recognise a homonym by its qualified name: the bare name is what the text says', () => {
    expect(ctx.cities.english.get('Cambridge Massachusetts')).toBeUndefined();
    expect(ctx.cities.english.get('Cambridge')?.city.slug).toBe('cambridge');
  });
});

// [what, text, cities found, expected places]
const cases: [string, string, string[], Record<string, string>][] = [
  [
    'state written beside the name',
    'Moderna, the vaccine maker based in Cambridge, Massachusetts, said it would build a plant.',
    ['Cambridge'],
    { Cambridge: 'cambridge-massachusetts' },
  ],
  [
    'country written beside the name',
    'The chip designer, headquartered in Cambridge, England, opened an office in Shanghai.',
    ['Cambridge', 'Shanghai'],
    { Cambridge: 'cambridge' },
  ],
  [
    'other cities of the same country',
    'The start-up moved from Boston to a lab in Cambridge and hired engineers in New York.',
    ['Boston', 'Cambridge', 'New York'],
    { Cambridge: 'cambridge-massachusetts' },
  ],
  [
    'a country named in the article',
    'The university spin-off in Cambridge raised $20 million from U.S. investors.',
    ['Cambridge'],
    { Cambridge: 'cambridge-massachusetts' },
  ],
  [
    'a province named in the article (English text about Chinese cities)',
    'Geely opened a factory in Taizhou, a coastal city in Zhejiang province south of Ningbo.',
    ['Taizhou', 'Ningbo'],
    { Taizhou: 'taizhou-zhejiang' },
  ],
  [
    'the Chinese name is one place alone',
    '泰州医药高新区与企业签约，项目落户泰州。',
    ['Taizhou'],
    { Taizhou: 'taizhou' },
  ],
  [
    'nothing decides: the most populous',
    'The company opened a research lab in Cambridge last year.',
    ['Cambridge'],
    { Cambridge: 'cambridge' },
  ],
  [
    'a neighbour alone does not move a much bigger city',
    'The bank has trading floors in London and Toronto.',
    ['London', 'Toronto'],
    { London: 'london' },
  ],
  [
    'a country beside the name moves even a much bigger city',
    'The plant is in London, Canada, two hours from Toronto.',
    ['London', 'Toronto'],
    { London: 'london-canada' },
  ],
  ['names only one place has are left out', 'Lenovo set up a centre in Hong Kong.', ['Hong Kong'], {}],
];

describe('resolvePlaces', () => {
  for (const [what, text, cities, expected] of cases)
    it(what, () => {
      expect(resolve(text, cities)).toEqual(expected);
    });
});

describe('the whole chain', () => {
  it('keeps the name the text gives in `cities` and the chosen place in `places`', () => {
    const text = [
      'Biotech firm opens plant',
      '',
      'The biotech company, based in Cambridge, Massachusetts, said on Monday it would open a plant.',
    ].join('\n');
    const { article } = processBlock({ file: 'c.txt', line: 1, name: 'cambridge.txt', text }, ctx);
    expect(article?.meta.cities).toEqual(['Cambridge']);
    expect(article?.meta.places).toEqual({ Cambridge: 'cambridge-massachusetts' });
  });
});

describe('withPlaceNames (site side)', () => {
  const bySlug = placeNamesBySlug([
    { name: 'Cambridge', slug: 'cambridge' },
    { name: 'Cambridge (Massachusetts)', slug: 'cambridge-massachusetts' },
  ]);
  const data = {
    cities: ['Cambridge', 'Boston'],
    places: { Cambridge: 'cambridge-massachusetts' },
    relations: [
      { company: 'Moderna', city: 'Cambridge', cue: 'based', evidence: 'Moderna, based in Cambridge.' },
    ],
  };
  it('names an ambiguous city, in cities and relations, as its place', () => {
    const named = withPlaceNames(data, bySlug);
    expect(named.cities).toEqual(['Cambridge (Massachusetts)', 'Boston']);
    expect(named.relations[0]?.city).toBe('Cambridge (Massachusetts)');
  });
  it('leaves data without places, or with an unknown slug, as it is', () => {
    expect(withPlaceNames({ cities: ['Cambridge'] }, bySlug)).toEqual({ cities: ['Cambridge'] });
    const unknown = { cities: ['Cambridge'], places: { Cambridge: 'cambridge-mars' } };
    expect(withPlaceNames(unknown, bySlug).cities).toEqual(['Cambridge']);
  });
  it('the schema takes places as an optional map of slugs', () => {
    const base = {
      id: 'a',
      title: 'T',
      date: null,
      lang: 'en',
      source: null,
      author: null,
      companies: [],
      cities: ['Cambridge'],
      tags: [],
      origin: { file: 'f', line: 1, name: 'n' },
    };
    expect(articleSchema.parse(base).places).toEqual({});
    expect(articleSchema.safeParse({ ...base, places: { Cambridge: 'Not A Slug' } }).success).toBe(false);
  });
});
