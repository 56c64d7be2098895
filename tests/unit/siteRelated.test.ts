import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatedInput } from '../../src/lib/related.ts';
import { relatedInput } from '../../src/lib/relatedInput.ts';

/** An article as ranking sees it; its headline is its first word, which its opening repeats, unless told. */
function doc(words: string, more: Partial<RelatedInput> = {}): RelatedInput {
  const list = words.split(' ').filter(Boolean);
  return {
    lang: 'en',
    digest: false,
    entities: [],
    words: list,
    titleWords: list.slice(0, 1),
    leadWords: list,
    ...more,
  };
}
/** Filler articles that give the words their document frequencies. */
const filler = (n: number, words: string) => Array.from({ length: n }, (_, i) => doc(`${words} filler${i}`));

describe('related articles', () => {
  it('ranks by shared companies, cities and distinctive words, the rarer the heavier', () => {
    const related = relatedArticles([
      doc('recall seafood shrimp plant market', { entities: ['company:Acme'] }),
      doc('recall seafood shrimp supplier market'),
      doc('market exchange listing shares debut board', { entities: ['company:Acme'] }),
      doc('exchange listing market index'),
      ...filler(6, 'market exchange listing'),
    ]);
    // Three rare words beat one shared company, which beats nothing but the everyday "market".
    expect(related[0]).toEqual([1, 2]);
  });

  it('prefers an article in the same language when the shared terms are the same', () => {
    const related = relatedArticles([
      doc('lenovo centre', { entities: ['company:Lenovo', 'city:Hong Kong'] }),
      doc('联想 中心', { lang: 'zh', entities: ['company:Lenovo', 'city:Hong Kong'], titleWords: ['联想'] }),
      doc('lenovo centre', { entities: ['company:Lenovo', 'city:Hong Kong'] }),
      ...filler(4, 'other'),
    ]);
    expect(related[0]).toEqual([2, 1]);
  });

  it('shows nothing rather than something weak', () => {
    const related = relatedArticles([
      doc('alpha beta gamma delta epsilon zeta eta theta common'),
      doc('iota kappa lambda omicron sigma tau upsilon phi common'),
      ...filler(3, 'common'),
    ]);
    expect(related[0]).toEqual([]);
    expect(related[1]).toEqual([]);
  });

  it('never relates a digest, and gives it no list', () => {
    const related = relatedArticles([
      doc('huawei jinan plant'),
      doc('huawei jinan plant', { digest: true }),
      doc('huawei jinan campus'),
      ...filler(3, 'other'),
    ]);
    expect(related[0]).toEqual([2]);
    expect(related[1]).toEqual([]);
  });

  it('never offers an article whose opening does not echo its headline (page furniture)', () => {
    const related = relatedArticles([
      doc('huawei jinan plant'),
      doc('huawei jinan plant', { titleWords: ['breadcrumb', 'trail', 'link', 'huawei'] }),
      doc('huawei jinan campus'),
      ...filler(3, 'other'),
    ]);
    expect(related[0]).toEqual([2]);
    expect(related[1]).toEqual([0, 2]);
  });

  it('breaks ties by nearness in date order, and never lists the article itself', () => {
    const related = relatedArticles(
      [...Array.from({ length: 5 }, () => doc('same words here')), ...filler(5, 'x')],
      {
        limit: 2,
      },
    );
    expect(related[2]).toEqual([1, 3]);
    expect(related[0]).toEqual([1, 2]);
    for (const [i, list] of related.entries()) expect(list).not.toContain(i);
  });

  it('looks at only the `window` articles nearest in date for a term many articles share', () => {
    const related = relatedArticles(
      Array.from({ length: 400 }, (_, i) => doc(`topic own${i}`)),
      { window: 16, limit: 50, minScore: 0 },
    );
    for (const i of [0, 200, 399]) {
      expect(related[i]?.length).toBe(15);
      // Candidates come from the 16 positions around i (i among them), and nowhere else.
      for (const j of related[i] ?? []) expect(Math.abs(j - i)).toBeLessThanOrEqual(15);
    }
    expect(related[200]).toEqual(expect.arrayContaining([192, 199, 201, 207]));
  });
});

describe('related-article input', () => {
  const article = (id: string, title: string, body: string, kind: 'article' | 'digest' = 'article') => ({
    id,
    body,
    data: { title, lang: 'en' as const, kind, companies: [], cities: ['Hyderabad'] },
  });

  it('reads words outside paragraphs that two articles share (site furniture), and keeps the kind', () => {
    const furniture = 'Click to follow Telangana Today Facebook page and Twitter.';
    const input = [
      ...relatedInput(
        [
          article('a', 'Oppo lab opens', `Oppo sets up a 5G lab.\n\n${furniture}`),
          article('b', 'Metro fares rise', `Metro fares rise again.\n\n${furniture}`, 'digest'),
        ],
        (a) => a.body,
      ),
    ];
    expect(input[0]?.words).toEqual(['oppo', 'set', '5g', 'lab']);
    expect(input[0]?.words).not.toContain('telangana');
    expect(input[0]?.entities).toEqual(['city:Hyderabad']);
    expect(input[0]?.titleWords).toEqual(['oppo', 'lab']);
    expect(input[1]?.digest).toBe(true);
  });

  it('reads the opening without the headline repeated as its first line, nor lines that are only links', () => {
    const [input] = relatedInput(
      [
        article(
          'c',
          'Breadcrumb Trail Links',
          'Breadcrumb Trail Links\n\n- [Travel](https://example.com/travel)\n\nJasper Park Lodge reopens its cabins.',
        ),
      ],
      (a) => a.body,
    );
    expect(input?.leadWords).toEqual(['jasper', 'park', 'lodg', 'reopen', 'cabin']);
    expect(input?.words).toEqual([
      'breadcrumb',
      'trail',
      'link',
      'jasper',
      'park',
      'lodg',
      'reopen',
      'cabin',
    ]);
  });
});
