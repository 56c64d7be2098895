import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/lib/indexSite.ts';
import { loadPagefind, type PagefindModule } from '../../scripts/search/nodePagefind.ts';
import { checkRecall } from '../../scripts/search/recall.ts';
import { joinHan } from '../../src/scripts/search/cjk.ts';
import { runSearch } from '../../src/scripts/search/engine.ts';
import { parseState } from '../../src/scripts/search/state.ts';
import { suggest } from '../../src/scripts/search/suggest.ts';

// Pagefind's browser bundle, run under Node over an index of the hand-written fixture articles.
const root = join(import.meta.dirname, '..', '..');
const articles = join(root, 'tests', 'fixtures', 'search-articles');
const vocab = join(root, 'tests', 'fixtures', 'search-vocab');

// Every expectation holds for one index and for shards by period merged by the search page's
// code (the eight fixtures span six years and two undated articles: seven shards, or six with
// the newest year grouped with the one before it until they hold two articles).
describe.each([
  ['one', 'one', 1, 1],
  ['periods', 'periods', 1, 7],
  ['grouped', 'periods', 2, 6],
] as const)('search index of the fixture articles, shards: %s', (label, shards, periodMin, count) => {
  const dist = join(root, 'tests', '.artifacts', `search-unit-${label}`, 'dist');
  let pagefind: PagefindModule;
  beforeAll(async () => {
    const outcome = await indexSite(dist, { articles, vocab, shards, periodMin });
    expect(outcome).toMatchObject({ pages: 8, shards: count, rebuilt: count });
    ({ pagefind } = await loadPagefind(dist));
  }, 60_000);

  const search = async (query: string) => {
    const outcome = await runSearch(pagefind as never, parseState(query));
    const data = (await outcome?.load(0, 100)) ?? [];
    return { outcome, data, ids: data.map((d) => d.url.replace(/^\/articles\/|\/$/g, '')) };
  };

  it.each([
    ['q=Lenovo', ['en-lenovo-hong-kong', 'zh-lenovo-beijing']],
    ['q=联想', ['en-lenovo-hong-kong', 'zh-lenovo-beijing']],
    ['q=武汉', ['en-alibaba-wuhan', 'zh-xiaomi-wuhan']],
    ['q=Wuhan', ['en-alibaba-wuhan', 'zh-xiaomi-wuhan']],
    ['q=Jinan', ['en-huawei-jinan', 'zh-huawei-jinan']],
    ['q=济南', ['en-huawei-jinan', 'zh-huawei-jinan']],
    ['q=云计算', ['en-alibaba-wuhan', 'en-lenovo-hong-kong', 'zh-lenovo-beijing']],
    ['q=笔记本电脑', ['zh-lenovo-beijing']],
    // 联想集团 is one of Lenovo's Chinese names, so the English Lenovo article counts too.
    ['q=集团', ['en-lenovo-hong-kong', 'zh-lenovo-beijing', 'zh-xiaomi-wuhan']],
  ])('%s finds articles in either language', async (query, expected) => {
    expect((await search(query)).ids.sort()).toEqual(expected);
  });

  it('keeps English stemming', async () => {
    expect((await search('q=reports')).ids).toEqual(
      expect.arrayContaining(['en-lenovo-hong-kong', 'en-alibaba-wuhan', 'en-tencent-shenzhen']),
    );
  });

  it('sorts newest and oldest first across both languages, undated last either way', async () => {
    expect((await search('company=Tencent&sort=newest')).ids).toEqual([
      'en-tencent-shenzhen',
      'en-alibaba-wuhan',
      'zh-tencent-shenzhen',
    ]);
    expect((await search('lang=zh&sort=oldest')).ids).toEqual([
      'zh-xiaomi-wuhan',
      'zh-lenovo-beijing',
      'zh-huawei-jinan',
      'zh-tencent-shenzhen',
    ]);
  });

  it('combines filters and counts values', async () => {
    // Alibaba's article says nothing of the cloud but carries the Cloud computing tag.
    const { ids, outcome } = await search('q=cloud&lang=en');
    expect(ids.sort()).toEqual(['en-alibaba-wuhan', 'en-lenovo-hong-kong', 'en-tencent-shenzhen']);
    expect(outcome?.counts.lang).toMatchObject({ en: 3 });
    expect((await search('city=Shenzhen&city=Jinan&year=2023')).ids).toEqual(['zh-huawei-jinan']);
    // Filtered away entirely, the count without filters is still of articles only.
    const xiaomi = await search('q=Xiaomi&lang=en');
    expect([xiaomi.ids, xiaomi.outcome?.unfiltered]).toEqual([[], 1]);
  });

  it('gives title, date, source and a highlighted excerpt', async () => {
    const [first] = (await search('q=Changlingshan')).data;
    expect(first?.meta).toMatchObject({ title: 'Huawei settles in the Changlingshan area of Jinan' });
    expect(first?.filters?.lang).toEqual(['en']);
    expect(first?.excerpt).toContain('<mark>Changlingshan</mark>');
    const [zh] = (await search('q=开发者')).data;
    expect(joinHan(zh?.meta.title ?? '')).toBe('腾讯在深圳举办开发者大会');
    expect(joinHan(zh?.excerpt ?? '')).toContain('举办<mark>开发者</mark>大会');
  });

  it('matches a Chinese query as written, not character by character', async () => {
    // The Huawei article holds 华, 为, 济 and 南, and the Tencent one 为 (认为): only the
    // characters in the query's order, side by side, count.
    expect((await search('q=华为')).ids.sort()).toEqual(['en-huawei-jinan', 'zh-huawei-jinan']);
    expect((await search('q=为华')).ids).toEqual([]);
    expect((await search('q=南济')).ids).toEqual([]);
    // A single character matches wherever it stands, names included (华为 is Huawei's name).
    expect((await search('q=为')).ids.sort()).toEqual([
      'en-huawei-jinan',
      'zh-huawei-jinan',
      'zh-tencent-shenzhen',
    ]);
  });

  it.each(['zzzqqq', 'qwertyuiop', 'xylophone', 'jjjjjj', 'Huawie', 'kqzvbnmrtxpw'])(
    'finds nothing for %s, a word no article has, and says which word',
    async (word) => {
      const { ids, outcome } = await search(`q=${word}`);
      expect(ids).toEqual([]);
      expect(outcome?.unknown).toEqual([word]);
    },
  );

  it('suggests the nearest words the index holds, in either language', async () => {
    const read = async (url: string) => {
      try {
        return await readFile(join(dist, url), 'utf8');
      } catch {
        return null;
      }
    };
    const manifest = JSON.parse(await readFile(join(dist, 'pagefind', 'shards.json'), 'utf8')) as {
      shards: { url: string }[];
    };
    const bases = manifest.shards.map((s) => s.url);
    expect(await suggest(['Huawie', '华伟', 'qwertyuiop'], bases, read)).toEqual({
      Huawie: ['Huawei'],
      华伟: ['华为'],
      qwertyuiop: [],
    });
  });

  it('needs every word of the query', async () => {
    expect((await search('q=Huawei+Jinan')).ids.sort()).toEqual(['en-huawei-jinan', 'zh-huawei-jinan']);
    expect((await search('q=Huawei+Xylophone')).ids).toEqual([]);
  });

  it('finds every article containing each of its Chinese and English words', async () => {
    const { checked, misses } = await checkRecall(dist, articles, 300);
    expect(checked).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });
});
