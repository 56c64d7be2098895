import { describe, expect, it } from 'vitest';
import { buildIndex, cooccurring, termsOf } from '../../src/lib/archiveIndex.ts';
import { calendar } from '../../src/lib/calendar.ts';
import { letterGroups } from '../../src/lib/letters.ts';
import { whoWhere } from '../../src/lib/whoWhere.ts';
import { art, fixtureArticles, vocab } from './siteFixtures.ts';

const empty = { companies: [], cities: [], tags: [] };

describe('archive index', () => {
  const index = buildIndex(fixtureArticles(), vocab);

  it('orders articles newest first, undated last by title', () => {
    expect(index.articles.map((a) => a.data.date)).toEqual([
      '2024-05-17',
      '2024-03-02',
      '2022-04-29',
      '2022-04-10',
      '2017-11-20',
      '2016-05-16',
      null,
      null,
    ]);
    expect(index.articles.slice(6).map((a) => a.data.title)).toEqual([
      'Shenzhen start-ups court overseas investors',
      '新基建项目在济南落地',
    ]);
    expect([index.first, index.last, index.dated]).toEqual(['2016-05-16', '2024-05-17', 6]);
  });

  it('counts each kind, most-covered first, English and Chinese articles alike', () => {
    const counts = (kind: 'companies' | 'cities' | 'tags') =>
      index.terms[kind].map((s) => [s.term.name, s.postings.length]);
    expect(counts('companies')).toEqual([
      ['Huawei', 3],
      ['Lenovo', 2],
      ['Tencent', 2],
      ['Motorola', 1],
      ['浪潮', 1],
    ]);
    expect(counts('cities')).toEqual([
      ['Shenzhen', 3],
      ['Wuhan', 3],
      ['Jinan', 2],
      ['Hong Kong', 1],
    ]);
    expect(index.bySlug.tags.get('xin-ji-jian')?.term.name).toBe('新基建');
  });

  it('lists a term’s articles newest first (positions ascending)', () => {
    const wuhan = index.byName.cities.get('Wuhan');
    expect(wuhan?.postings.map((i) => index.articles[i]?.id)).toEqual([
      'fx-003-huawei-wuhan',
      'fx-004-tencent-wuhan',
      'fx-005-lenovo-wuhan',
    ]);
  });

  it('finds who set up where: a company’s cities and a city’s companies', () => {
    const huawei = index.byName.companies.get('Huawei');
    const wuhan = index.byName.cities.get('Wuhan');
    if (!huawei || !wuhan) throw new Error('fixture terms missing');
    expect(cooccurring(index, huawei, 'cities').map((c) => [c.term.name, c.count])).toEqual([
      ['Wuhan', 2],
      ['Jinan', 1],
      ['Shenzhen', 1],
    ]);
    expect(cooccurring(index, wuhan, 'companies').map((c) => [c.term.name, c.count])).toEqual([
      ['Huawei', 2],
      ['Lenovo', 1],
      ['Motorola', 1],
      ['Tencent', 1],
    ]);
    // A term never co-occurs with itself.
    expect(cooccurring(index, huawei, 'companies').map((c) => c.term.name)).toEqual(['Tencent']);
  });

  it('resolves an article’s terms to linkable terms, once each', () => {
    const a = index.articles[index.position.get('fx-004-tencent-wuhan') ?? -1];
    if (!a) throw new Error('fixture missing');
    expect(termsOf(index, a, 'cities').map((t) => [t.name, t.zh, t.slug])).toEqual([
      ['Wuhan', '武汉', 'wuhan'],
      ['Shenzhen', null, 'shenzhen'],
    ]);
  });

  it('counts a name listed twice in one article once', () => {
    const idx = buildIndex([art('a', '2020-01-01', { tags: ['AI', 'AI'] })], { ...empty });
    expect(idx.terms.tags[0]?.postings).toEqual([0]);
  });

  it('handles an empty archive', () => {
    const idx = buildIndex([], { ...empty });
    expect([idx.articles.length, idx.first, idx.last, idx.terms.cities.length]).toEqual([0, null, null, 0]);
  });
});

describe('calendar', () => {
  it('groups dated articles into year and month runs, undated after', () => {
    const idx = buildIndex(fixtureArticles(), vocab);
    const { years, undatedFrom } = calendar(idx.articles);
    expect(years.map((y) => [y.year, y.count, y.months.map((m) => [m.label, m.to - m.from])])).toEqual([
      [
        '2024',
        2,
        [
          ['May 2024', 1],
          ['Mar 2024', 1],
        ],
      ],
      ['2022', 2, [['Apr 2022', 2]]],
      ['2017', 1, [['Nov 2017', 1]]],
      ['2016', 1, [['May 2016', 1]]],
    ]);
    expect(undatedFrom).toBe(6);
  });

  it('gives an all-undated archive no years', () => {
    expect(calendar([art('a', null), art('b', null)])).toEqual({ years: [], undatedFrom: 0 });
  });
});

describe('A–Z letters and the company × city view', () => {
  const index = buildIndex(fixtureArticles(), vocab);

  it('files a Chinese-only name under its pinyin initial', () => {
    const groups = letterGroups(index.terms.companies);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.term.name)])).toEqual([
      ['H', ['Huawei']],
      ['L', ['Lenovo', '浪潮']],
      ['M', ['Motorola']],
      ['T', ['Tencent']],
    ]);
  });

  it('builds a matrix of the most-covered companies and their cities', () => {
    const { groups, matrix } = whoWhere(index);
    expect(groups.map((g) => g.company.name)).toEqual(['Huawei', 'Lenovo', 'Tencent', 'Motorola', '浪潮']);
    expect(matrix.cities.map((c) => c.name)).toEqual(['Wuhan', 'Shenzhen', 'Jinan', 'Hong Kong']);
    expect(matrix.cells[0]).toEqual([2, 1, 1, 0]);
  });
});
