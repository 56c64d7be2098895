import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContext } from '../../scripts/vocab/context.ts';
import type { ContentRegion } from '../../scripts/stages/findContent.ts';
import { headerHeadline } from '../../scripts/stages/meta/header.ts';
import { lazyPara } from '../../scripts/stages/meta/layout.ts';

const ctx = loadContext(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const { region: regionVocab } = ctx.boilerplate;

/** The headline line a text dump's header gives, the region starting at line `first`. */
function headline(lines: string[], first: number): number {
  const paras = lines.map((l) => lazyPara(l, 5000));
  const classes = lines.map((_, i) => (i >= first ? 'good' : 'bad')) as ContentRegion['classes'];
  const region: ContentRegion = { classes, start: first, end: lines.length - 1, first };
  if (!regionVocab) throw new Error('content/vocab has no region vocabulary');
  return headerHeadline(paras, region, ctx.sites, regionVocab);
}

// A page header written for the test: section name, site name, dated line, headline, two
// standfirst lines, then the article; the names are invented.
const header = [
  'Coastal Travel News',
  'Exampletoday',
  'Tourism April 21, 2022 | 4:39 pm',
  'Text size: Smaller Bigger',
  'Zorvex Air teams up with Kelmora Airways to sell Lisbon flights',
  'The Zorvex airline will sell its flights with the whole route on a single ticket',
  'Combined itineraries go on sale from May 2',
];
const article = [
  'Zorvex Air has signed an interline agreement with Kelmora Airways to connect its long-haul flights with the Kelmora network.',
  'Through the agreement, which starts on May 2, the Zorvex airline will sell its flights with the whole route on a single ticket.',
  'The combined itineraries will be on sale in travel agencies and on the website of each airline.',
];

describe('the headline of a text dump', () => {
  it('is not a standfirst that the article quotes word for word', () => {
    expect(headline([...header, ...article], header.length)).toBe(4);
  });
  it('a line the article does not quote stays a headline', () => {
    const lines = [...header.slice(0, 4), header[5]!, ...article.slice(0, 1), ...article.slice(2)];
    expect(headline(lines, 5)).toBe(4);
  });
});
