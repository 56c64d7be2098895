import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompanies } from '../../scripts/vocab/companies.ts';
import { isPlaceName, loadCities } from '../../scripts/vocab/cities.ts';
import { discoverActors } from '../../scripts/stages/entities/companies/actors.ts';
import { pastAside } from '../../scripts/stages/entities/companies/aside.ts';
import { findCompanies } from '../../scripts/stages/entities/findCompanies.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'vocab');
const vocab = loadCompanies(dir);
const gaz = loadCities(dir);
const actors = vocab.actors!;
const found = (...paragraphs: string[]) =>
  discoverActors(
    paragraphs.map((text) => ({ text, hits: [] })),
    vocab.rules,
    actors,
  ).map((d) => d.name);
const companies = (title: string, ...paragraphs: string[]) =>
  findCompanies({ title, paragraphs, lang: 'en' }, vocab, (n) => isPlaceName(gaz, n)).companies;

// Sentences in the shape of dev-set articles; the behaviour of a name, not a list, makes it a company.
describe('companies found by what they do', () => {
  it('a name that acts again and again is a company', () => {
    const text = [
      'Iberojet has signed an interline agreement with Air Europa to connect its flights.',
      'With this, Iberojet moves its operations to Terminal 1.',
      'To improve the service, Iberojet has modified the schedule of some routes.',
    ];
    expect(found(...text)).toEqual(['Iberojet']);
    expect(companies('Itineraries combining flights will be from May 2', ...text)).toContain('Iberojet');
  });
  it('a capitalised word ending the paragraph before is no given name ("… Reuters" / "Zorvex has")', () => {
    expect(
      found('Analysis by Reuters', 'Zorvex has signed a deal.', 'In May, Zorvex will pay the fine.'),
    ).toEqual(['Zorvex']);
  });
  it('a name that acts once is not', () => {
    expect(found('Iberojet has signed an agreement.', 'The route opens to Iberojet passengers.')).toEqual([]);
  });
  it('a web address in lower case does not make the name a common word', () => {
    expect(
      found('Iberojet has signed a deal.', 'See iberojet.com.', 'Later, Iberojet will fly daily.'),
    ).toEqual(['Iberojet']);
  });
  it('a common word written in lower case elsewhere is no name', () => {
    expect(
      found('Analysts will meet on Monday.', 'The analysts said so.', 'Analysts have said more.'),
    ).toEqual([]);
  });
  it('a person is told apart by age, "who" and pronouns', () => {
    const text = [
      'Zhong Shanshan is a private billionaire who’s rarely quoted in the press.',
      'Zhong has also climbed the ranks. Zhong, 66, isn’t involved in politics and his business grew.',
      'Zhong Shanshan has sold shares before and Zhong Shanshan will buy more.',
    ];
    expect(found(...text)).toEqual([]);
  });
  it('a person found by a company cue is still a person', () => {
    const text = [
      'Steve Jobs, the mind behind the iPhone, resigned as CEO on Wednesday.',
      'Tim Cook was quickly named CEO of the company Jobs co-founded 35 years ago in his garage.',
    ];
    expect(companies('Apple says Steve Jobs resigning as CEO', ...text)).toEqual(['Apple']);
  });
  it('an acronym the article spells out is named in full', () => {
    const text = [
      "Japanese company Showa Denko K.K. (SDK) is the world's largest maker of platters.",
      'This week SDK announced it had improved its media.',
      'SDK has worked out a new structure of magnetic layers.',
      'Later, SDK will start shipping the platters.',
    ];
    expect(found(...text)).toEqual(['Showa Denko']);
  });
  it('regions and the head of a long country name are places; postal codes are not names', () => {
    expect(isPlaceName(gaz, 'United States')).toBe(true);
    expect(isPlaceName(gaz, 'Wyoming')).toBe(true);
    expect(isPlaceName(gaz, 'SK')).toBe(false);
    expect(isPlaceName(gaz, 'Iberojet')).toBe(false);
  });
  it('a place is not a company', () => {
    expect(
      companies('Coal output', 'Output in the United States has fallen.', 'United States has said more.'),
    ).toEqual([]);
  });
});

describe('ownership cues', () => {
  it('"the government-owned X" names a company', () => {
    const body = [
      'The pipeline project will be managed by the government-owned Transnet on the South African side.',
      'However, Transnet pipelines executive Russell Bradbrooke has reservations about theft along Transnet’s pipelines.',
    ];
    expect(companies('Hydrogen pipeline planned', ...body)).toEqual(['Transnet']);
  });
});

describe('an owner named in an apposition', () => {
  it('"the lodge’s owner, X," names a company', () => {
    const body = [
      'The project is the latest in a series of investments by the lodge’s owner, Oxford Properties, which has committed to spending more.',
      '“We are proud,” said the head of hotels at Oxford Properties.',
    ];
    expect(companies('A mountain lodge reopens', ...body)).toEqual(['Oxford Properties']);
  });
});

describe('the verb after an apposition or a relative pronoun', () => {
  it('skips an apposition set off by commas', () => {
    const text =
      'Pegatron, the second-largest iPhone assembler after Foxconn with a number of factories in China, said in July that it would set up a plant.';
    expect(pastAside(text, 'Pegatron'.length)).toMatch(/^ said in July/);
  });
  it('skips a relative pronoun', () => {
    expect(pastAside('Foxconn Technology Group, which had submitted two applications', 24)).toMatch(
      /^ had submitted/,
    );
  });
  it('skips a participle phrase set off by commas', () => {
    expect(pastAside('Zorvex, based in the northern suburbs, is among the bidders', 6)).toMatch(/^ is among/);
    expect(pastAside('Zorvex, founded in 2011, has 40 shops', 6)).toMatch(/^ has 40/);
  });
  it('leaves a list of names and a clause without a closing comma alone', () => {
    expect(pastAside('Zorvex, based in the suburbs and growing fast.', 6)).toBeUndefined();
    expect(pastAside('Zorvex, Kelmora and Quillon must commit', 6)).toBeUndefined();
  });
  it('leaves a plain list alone', () => {
    expect(pastAside('Foxconn, Wistron and Samsung must commit', 7)).toBeUndefined();
  });
  it('another company named in the headline does not hide one that acts after an apposition', () => {
    const body = [
      'Apple accounts for more than half of Pegatron’s business, people said.',
      'Pegatron, the second-largest iPhone assembler after Foxconn with factories in China, said in July that it would set up a plant in India.',
      'If approved, Pegatron’s first India factory would be eligible, the people said.',
    ];
    expect(companies('Apple iPhone makers may gain in India plan', ...body)).toContain('Pegatron');
  });
});
