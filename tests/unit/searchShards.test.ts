import { cpSync, existsSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/lib/indexSite.ts';
import { loadPagefind } from '../../scripts/search/nodePagefind.ts';
import { byPeriod, planShards, shardUrl } from '../../scripts/search/shardPlan.ts';
import { runSearch, searchUntil, type ResultData } from '../../src/scripts/search/engine.ts';
import { coversYear, periodRange, periodYears } from '../../src/scripts/search/periods.ts';
import { mergeByDate, type RawResult } from '../../src/scripts/search/shards.ts';
import { parseState } from '../../src/scripts/search/state.ts';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'search-articles');
const vocab = join(root, 'tests', 'fixtures', 'search-vocab');

describe('search shard plan', () => {
  it.each([
    [0, undefined, false],
    [2000, undefined, false],
    [2001, undefined, true],
    [10, 'periods', true],
    [100_000, '1', false],
  ])('%i articles with ARCHIVE_SEARCH_SHARDS=%s: by period %s', (n, setting, periods) => {
    expect(byPeriod(n, setting)).toBe(periods);
  });

  const article = (i: number, date: string | null) => ({ file: `a-${i}.md`, date });

  it('puts each year in a shard, newest first, undated last', () => {
    const plan = planShards(
      [article(1, '2021-03-01'), article(2, null), article(3, '2024-01-01'), article(4, '2021-12-31')],
      true,
      4000,
      1,
    );
    expect(plan.periods).toEqual(['2024', '2021', 'undated']);
    expect(plan.files).toEqual([['a-3.md'], ['a-1.md', 'a-4.md'], ['a-2.md']]);
    expect(planShards([article(1, '2021-03-01')], false).periods).toEqual(['all']);
    expect(['2024', '2021'].map((p, i) => shardUrl(i, p))).toEqual(['/pagefind/', '/pagefind/p-2021/']);
  });

  it('splits a year past the cap by month, and a month past it by id hash', () => {
    const year = Array.from({ length: 9 }, (_, i) => article(i, `2023-0${i < 6 ? 1 : 2}-1${i}`));
    const plan = planShards([...year, article(99, '2022-05-05')], true, 4, 1);
    expect(plan.periods).toEqual(['2023-02', '2023-01.1', '2023-01.2', '2022']);
    expect(plan.files.flat().sort()).toEqual([...year, article(99, '')].map((a) => a.file).sort());
    // An article's shard depends on its own date and id, whatever else the archive holds.
    const alone = planShards([article(7, '2023-02-17')], true, 4, 1);
    expect(alone.files).toEqual([['a-7.md']]);
  });

  const years = (counts: Record<string, number>) =>
    Object.entries(counts).flatMap(([year, n]) =>
      Array.from({ length: n }, (_, i) => article(Number(year) * 100 + i, `${year}-06-0${1 + (i % 9)}`)),
    );

  it('groups a young newest year with the years before it until they hold the minimum', () => {
    const older = { 2019: 5, 2020: 3, 2021: 4 };
    const plan = planShards([...years({ ...older, 2023: 1 }), article(1, null)], true, 4000, 6);
    expect(plan.periods).toEqual(['2020..2023', '2019', 'undated']);
    expect(plan.files[0]).toEqual([...plan.files[0]!].sort());
    expect(plan.files[0]).toHaveLength(8);
    // More news of the young year changes only the group, until it stands alone: then the years
    // it rode with are their own shards again, with the files they had before the group.
    const grown = planShards(years({ ...older, 2023: 5 }), true, 4000, 6);
    expect(grown.periods).toEqual(['2021..2023', '2020', '2019']);
    const alone = planShards(years({ ...older, 2023: 6 }), true, 4000, 6);
    expect(alone.periods).toEqual(['2023', '2021', '2020', '2019']);
    expect(alone.files.slice(1)).toEqual(planShards(years(older), true, 4000, 1).files);
    // A group never outgrows the cap: a young year stays alone rather than ride with a full one.
    expect(planShards(years({ 2020: 4, 2023: 1 }), true, 4, 6).periods).toEqual(['2023', '2020']);
    expect(planShards(years({ 2020: 3, 2023: 1 }), true, 4, 6).periods).toEqual(['2020..2023']);
  });
});

describe('the years of a period', () => {
  it.each([
    ['2024', ['2024', '2024']],
    ['2024-05.2', ['2024', '2024']],
    ['2021..2024', ['2021', '2024']],
    ['2024-11..2025-01', ['2024', '2025']],
    ['undated', null],
    ['undated.2', null],
    ['all', null],
  ])('%s covers %j', (period, span) => {
    expect(periodYears(period)).toEqual(span);
  });

  it('filters a grouped span by any year between its ends, and names the years searched', () => {
    expect(['2020', '2021', '2023', '2024'].map((y) => coversYear('2021..2023', y))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(coversYear('undated', '2024')).toBe(false);
    expect(periodRange(['2022..2024', '2021', 'undated'])).toBe('2021–2024');
    expect(periodRange(['2024-11..2025-01'])).toBe('2024–2025');
    expect(periodRange(['undated'])).toBe('');
  });
});

describe('merging sorted shards by date', () => {
  const result = (date: string | undefined, log: string[]): RawResult => ({
    id: date ?? 'undated',
    data: async () => {
      log.push(date ?? 'undated');
      return { url: `/${date}/`, excerpt: '', meta: date ? { date } : {} } as ResultData;
    },
  });

  it('interleaves shards newest first, loading only what it shows', async () => {
    const log: string[] = [];
    const lists = [['2024-05-01', '2021-01-01'], ['2023-03-03', '2022-02-02'], ['2025-01-01']].map((l) =>
      l.map((d) => result(d, log)),
    );
    const load = mergeByDate(lists, true);
    expect((await load(0, 2)).map((d) => d.meta.date)).toEqual(['2025-01-01', '2024-05-01']);
    expect(log.length).toBeLessThanOrEqual(2 + lists.length);
    expect((await load(2, 10)).map((d) => d.meta.date ?? '-')).toEqual([
      '2023-03-03',
      '2022-02-02',
      '2021-01-01',
    ]);
    expect(new Set(log).size).toBe(log.length);
  });

  it('interleaves oldest first', async () => {
    const lists = [['2021-01-01'], ['2020-06-06', '2022-02-02']].map((l) => l.map((d) => result(d, [])));
    const dates = (await mergeByDate(lists, false)(0, 10)).map((d) => d.meta.date ?? '-');
    expect(dates).toEqual(['2020-06-06', '2021-01-01', '2022-02-02']);
  });
});

describe('a cached, sharded search index', () => {
  const base = join(root, 'tests', '.artifacts', 'search-shards');
  const articles = join(base, 'articles');
  const cache = join(base, 'cache');
  const dist = join(base, 'dist');
  const bundle = () =>
    readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `${join(e.parentPath, e.name)}:${readFileSync(join(e.parentPath, e.name)).length}`)
      .sort();
  const ids = async (query: string) => {
    const { pagefind } = await loadPagefind(dist);
    const outcome = await runSearch(pagefind as never, parseState(query));
    return ((await outcome?.load(0, 100)) ?? []).map((d) => d.url.replace(/^\/articles\/|\/$/g, '')).sort();
  };

  it('reuses unchanged shards, rebuilds changed ones, and forgets removed articles', async () => {
    rmSync(base, { recursive: true, force: true });
    cpSync(fixtures, articles, { recursive: true });
    const opts = { articles, vocab, cache, shards: 'periods' as const, periodMin: 1 };
    expect(await indexSite(dist, opts)).toMatchObject({ pages: 8, shards: 7, rebuilt: 7 });
    const first = bundle();
    const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as {
      shards: { url: string; period: string; pages: number }[];
    };
    expect(manifest.shards.map((s) => [s.url, s.period, s.pages])).toEqual([
      ['/pagefind/', '2024', 1],
      ['/pagefind/p-2023/', '2023', 1],
      ['/pagefind/p-2022/', '2022', 1],
      ['/pagefind/p-2021/', '2021', 1],
      ['/pagefind/p-2020/', '2020', 1],
      ['/pagefind/p-2019/', '2019', 1],
      ['/pagefind/p-undated/', 'undated', 2],
    ]);
    expect(await indexSite(dist, opts)).toMatchObject({ pages: 8, shards: 7, rebuilt: 0 });
    expect(bundle()).toEqual(first);
    // Only the first shard carries Pagefind's script and WebAssembly; none carries its UIs.
    const has = (f: string) => existsSync(join(dist, 'pagefind', f));
    expect(['pagefind.js', 'wasm.en.pagefind', 'pagefind-ui.js', 'p-2023/pagefind.js'].map(has)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(['p-2023/pagefind-entry.json', 'p-2023/vocab', 'p-2023/facet-names.zh.json'].every(has)).toBe(
      true,
    );

    // A new article rebuilds only its period's shard; a new newest year moves the others' URLs
    // (the newest is /pagefind/) but not their bundles.
    const added = join(articles, 'en-new-2025.md');
    writeFileSync(
      added,
      readFileSync(join(articles, 'en-tencent-shenzhen.md'), 'utf8')
        .replace('id: "en-tencent-shenzhen"', 'id: "en-new-2025"')
        .replace('2024-01-15', '2025-02-01'),
    );
    expect(await indexSite(dist, opts)).toMatchObject({ pages: 9, shards: 8, rebuilt: 1 });
    unlinkSync(added);
    expect(await indexSite(dist, opts)).toMatchObject({ pages: 8, shards: 7, rebuilt: 0 });

    // An edit rebuilds only its own shard, even one that brings a word no other shard has:
    // shards no longer carry each other's words.
    const file = join(articles, 'en-huawei-jinan.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Huawei settles', 'Huawei settles, Zanzibarite'));
    expect(await indexSite(dist, opts)).toMatchObject({ pages: 8, rebuilt: 1 });
    expect(await ids('q=Zanzibarite')).toEqual(['en-huawei-jinan']);
    expect(await ids('q=Zanzibar')).toEqual([]);

    unlinkSync(join(articles, 'zh-xiaomi-wuhan.md'));
    expect((await indexSite(dist, opts)).pages).toBe(7);
    expect(await ids('q=Xiaomi')).toEqual([]);
    expect(await ids('q=Wuhan')).toEqual(['en-alibaba-wuhan']);
    expect(readdirSync(join(cache, 'search-shards'))).toHaveLength(6);
  }, 120_000);
});

describe('a cached index whose newest year is young', () => {
  const base = join(root, 'tests', '.artifacts', 'search-young');
  const articles = join(base, 'articles');
  const tree = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((f) => [f.slice(dir.length), readFileSync(f).toString('base64')]);
  const periods = (dist: string) =>
    (
      JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as {
        shards: { period: string }[];
      }
    ).shards.map((s) => s.period);

  it('rebuilds only the group news arrives in, then the years it leaves once, like a cold build', async () => {
    rmSync(base, { recursive: true, force: true });
    cpSync(fixtures, articles, { recursive: true });
    const warm = join(base, 'dist');
    const opts = { articles, vocab, cache: join(base, 'cache'), shards: 'periods' as const, periodMin: 2 };
    expect(await indexSite(warm, opts)).toMatchObject({ shards: 6, rebuilt: 6 });
    const news = (n: number) =>
      writeFileSync(
        join(articles, `en-new-${n}.md`),
        readFileSync(join(articles, 'en-tencent-shenzhen.md'), 'utf8')
          .replace('id: "en-tencent-shenzhen"', `id: "en-new-${n}"`)
          .replace('2024-01-15', `2025-02-0${n}`),
      );
    // One article of 2025 rides with 2024 (the group), and 2023 stands alone again.
    news(1);
    expect(await indexSite(warm, opts)).toMatchObject({ shards: 7, rebuilt: 2 });
    expect(periods(warm).slice(0, 3)).toEqual(['2024..2025', '2023', '2022']);
    // A second makes 2025 stand alone: it and 2024 are rebuilt once; a third rebuilds 2025 only.
    news(2);
    expect(await indexSite(warm, opts)).toMatchObject({ shards: 8, rebuilt: 2 });
    expect(periods(warm).slice(0, 3)).toEqual(['2025', '2024', '2023']);
    news(3);
    expect(await indexSite(warm, opts)).toMatchObject({ shards: 8, rebuilt: 1 });
    const cold = join(base, 'cold');
    await indexSite(cold, { ...opts, cache: join(base, 'cold-cache') });
    expect(tree(join(warm, 'pagefind'))).toEqual(tree(join(cold, 'pagefind')));
  }, 120_000);
});

describe('a search index built one shard per job', () => {
  const base = join(root, 'tests', '.artifacts', 'search-passes');
  const files = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length))
      .sort();

  it('gives the same bundle as the threaded build', async () => {
    rmSync(base, { recursive: true, force: true });
    const env = {
      ...process.env,
      ARCHIVE_ARTICLES: fixtures,
      ARCHIVE_VOCAB: vocab,
      ARCHIVE_DIST: join(base, 'dist'),
      ARCHIVE_SEARCH_SHARDS: 'periods',
    };
    const run = (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(root, 'scripts', 'indexPass.ts'), ...args], {
        env,
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
    };
    const bundles = join(base, 'bundles');
    // The fixtures' six years are one newest group (shardPlan.ts, periodMin), the undated another.
    for (const i of [1, 0]) run('bundle', '--shard', `${i}/2`, '--out', bundles);
    run('assemble', '--shards', '2', '--out', bundles);
    await indexSite(join(base, 'threaded'), { articles: fixtures, vocab, shards: 'periods' });
    const jobs = join(base, 'dist', 'pagefind');
    const threaded = join(base, 'threaded', 'pagefind');
    expect(files(jobs)).toEqual(files(threaded));
    for (const f of files(jobs))
      expect(readFileSync(join(jobs, f)).equals(readFileSync(join(threaded, f))), f).toBe(true);
  }, 120_000);
});

/** A first search on a built site: the article ids it lists, its outcome, and the shards it fetched. */
async function searchFirst(dist: string, query: string, want: number) {
  const { pagefind, fetched } = await loadPagefind(dist, 'en', true);
  const outcome = await searchUntil(pagefind as never, parseState(query), want);
  const ids = ((await outcome?.load(0, 100)) ?? []).map((d) => d.url.replace(/^\/articles\/|\/$/g, ''));
  const shards = [...new Set(fetched.map((f) => /^\/pagefind\/(p-[^/]+)\//.exec(f.path)?.[1] ?? 'newest'))];
  return { ids, outcome, shards: shards.sort() };
}

describe('a search page that merges period shards as searches need them', () => {
  const dist = join(root, 'tests', '.artifacts', 'search-lazy', 'dist');
  const first = (query: string, want: number) => searchFirst(dist, query, want);

  it('searches the newest period first and older ones only while a page is not full', async () => {
    await indexSite(dist, { articles: fixtures, vocab, shards: 'periods', periodMin: 1 });
    const tencent = await first('q=Tencent', 1);
    expect([tencent.ids, tencent.shards, tencent.outcome?.pending]).toEqual([
      ['en-tencent-shenzhen'],
      ['newest'],
      6,
    ]);
    // Xiaomi's only article is in the oldest dated period: every newer one is searched on the way.
    const xiaomi = await first('q=Xiaomi', 1);
    expect(xiaomi.ids).toEqual(['zh-xiaomi-wuhan']);
    expect(xiaomi.outcome?.periods).toEqual(['2024', '2023', '2022', '2021', '2020', '2019']);
    expect(xiaomi.outcome?.unknown).toEqual([]);
  }, 60_000);

  it('loads only the periods a year filter or an oldest-first list needs', async () => {
    const year = await first('q=cloud&year=2021', 10);
    expect([year.ids, year.shards]).toEqual([['en-lenovo-hong-kong'], ['newest', 'p-2021']]);
    const oldest = await first('lang=zh&sort=oldest', 1);
    expect([oldest.ids, oldest.outcome?.periods]).toEqual([['zh-xiaomi-wuhan'], ['2019']]);
  });

  it('calls a word unknown only once every period has been searched', async () => {
    const { ids, outcome, shards } = await first('q=Huawie', 10);
    expect([ids, outcome?.unknown, outcome?.pending, shards.length]).toEqual([[], ['Huawie'], 0, 7]);
  });
});

describe('a search page over a young newest year grouped with the one before it', () => {
  const dist = join(root, 'tests', '.artifacts', 'search-grouped', 'dist');
  const first = (query: string, want: number) => searchFirst(dist, query, want);

  it('searches 2023 and 2024 in one shard first, and finds either year by its filter there', async () => {
    // 2024 holds one fixture article, 2023 another: with two the minimum, they are one shard.
    await indexSite(dist, { articles: fixtures, vocab, shards: 'periods', periodMin: 2 });
    const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as {
      shards: { period: string; pages: number }[];
    };
    expect(manifest.shards.slice(0, 2)).toEqual([
      { url: '/pagefind/', period: '2023..2024', pages: 2 },
      { url: '/pagefind/p-2022/', period: '2022', pages: 1 },
    ]);
    // A first page of two from the newest shard alone, newest first across its two years.
    const both = await first('company=Huawei&company=Tencent', 2);
    expect([both.ids, both.shards, both.outcome?.periods, both.outcome?.pending]).toEqual([
      ['en-tencent-shenzhen', 'zh-huawei-jinan'],
      ['newest'],
      ['2023..2024'],
      5,
    ]);
    for (const [year, id] of [
      ['2023', 'zh-huawei-jinan'],
      ['2024', 'en-tencent-shenzhen'],
    ]) {
      const found = await first(`company=Huawei&company=Tencent&year=${year}`, 10);
      expect([found.ids, found.shards, found.outcome?.pending]).toEqual([[id], ['newest'], 0]);
    }
  }, 60_000);
});
