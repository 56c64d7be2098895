import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/archiveIndex.ts';
import { relatedArticles } from '../../src/lib/related.ts';
import { art, fixtureArticles, vocab } from './siteFixtures.ts';

const noVocab = { companies: [], cities: [], tags: [] };
const ids = (index: ReturnType<typeof buildIndex>, related: number[][], id: string) =>
  (related[index.position.get(id) ?? -1] ?? []).map((i) => index.articles[i]?.id);

describe('related articles', () => {
  it('ranks by shared companies, cities and tags, English and Chinese alike', () => {
    const index = buildIndex(fixtureArticles(), vocab);
    const related = relatedArticles(index, { limit: 3 });
    // Each term here is in 2 or 3 articles. The Chinese Tencent article shares Huawei, Cloud computing
    // and Investment (each in 3) with the English Jinan one, Tencent (in 2) and Shenzhen with the
    // tower article, and only two 3-article terms with the Huawei Wuhan one.
    expect(ids(index, related, 'fx-004-tencent-wuhan').slice(0, 2)).toEqual([
      'fx-002-huawei-jinan',
      'fx-008-tencent-sz',
    ]);
    // The Chinese 新基建 article shares only Jinan with the English Huawei article.
    expect(ids(index, related, 'fx-007-xinjijian')).toEqual(['fx-002-huawei-jinan']);
  });

  it('weighs a rare shared term above a common one', () => {
    const index = buildIndex(
      [
        art('a', '2020-01-05', { tags: ['Common'], cities: ['Rareville'] }),
        art('b', '2020-01-04', { tags: ['Common'] }),
        art('c', '2020-01-03', { tags: ['Common'] }),
        art('d', '2019-01-01', { cities: ['Rareville'] }),
      ],
      noVocab,
    );
    expect(ids(index, relatedArticles(index, { limit: 1 }), 'a')).toEqual(['d']);
  });

  it('breaks ties by nearness in date, and never lists the article itself', () => {
    const index = buildIndex(
      ['2020-01-01', '2020-06-01', '2020-02-01', '2021-01-01', '2019-01-01'].map((d, i) =>
        art(`t${i}`, d, { tags: ['X'] }),
      ),
      noVocab,
    );
    const related = relatedArticles(index, { limit: 2 });
    expect(ids(index, related, 't3')).toEqual(['t1', 't2']);
    expect(ids(index, related, 't4')).toEqual(['t0', 't2']);
    for (const [i, list] of related.entries()) expect(list).not.toContain(i);
  });

  it('gives an article with no shared terms no related articles', () => {
    const index = buildIndex([art('a', null, { tags: ['Solo'] }), art('b', null)], noVocab);
    expect(relatedArticles(index)).toEqual([[], []]);
  });

  it('scales: 100,000 articles sharing a few huge terms finish quickly (windowed postings)', () => {
    const articles = Array.from({ length: 100_000 }, (_, i) =>
      art(`a${i}`, `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`, {
        companies: [`Co${i % 50}`],
        cities: [`City${i % 300}`, 'Beijing'],
        tags: ['Technology', `Tag${i % 40}`],
      }),
    );
    const started = performance.now();
    const index = buildIndex(articles, noVocab);
    const related = relatedArticles(index);
    const seconds = (performance.now() - started) / 1000;
    expect(related).toHaveLength(100_000);
    expect(related.every((r) => r.length === 5)).toBe(true);
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});
