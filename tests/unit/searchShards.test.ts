import { cpSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/lib/indexSite.ts';
import { loadPagefind } from '../../scripts/search/nodePagefind.ts';
import { planShards, shardCount, shardUrl } from '../../scripts/search/shardPlan.ts';
import { runSearch, type ResultData } from '../../src/scripts/search/engine.ts';
import { mergeByDate, type RawResult } from '../../src/scripts/search/shards.ts';
import { parseState } from '../../src/scripts/search/state.ts';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'search-articles');
const vocab = join(root, 'tests', 'fixtures', 'search-vocab');

describe('search shard plan', () => {
  it.each([
    [0, undefined, 1],
    [4000, undefined, 1],
    [4001, undefined, 2],
    [100_000, undefined, 25],
    [10, '3', 3],
    [10, '0', 1],
    [10, 'two', 1],
  ])('%i articles with ARCHIVE_SEARCH_SHARDS=%s make %i shard(s)', (n, setting, count) => {
    expect(shardCount(n, setting)).toBe(count);
  });

  it('puts an article in the same shard whatever else exists', () => {
    const files = Array.from({ length: 300 }, (_, i) => `a-${i}.md`);
    const plan = planShards(files, 3);
    expect(plan.files.flat().sort()).toEqual([...files].sort());
    for (const part of plan.files) expect(part.length).toBeGreaterThan(60);
    const alone = planShards(['a-7.md'], 3);
    expect(alone.files.findIndex((p) => p.includes('a-7.md'))).toBe(
      plan.files.findIndex((p) => p.includes('a-7.md')),
    );
    expect([0, 1, 2].map(shardUrl)).toEqual(['/pagefind/', '/pagefind/shard-1/', '/pagefind/shard-2/']);
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
    const opts = { articles, vocab, cache, shards: 3 };
    expect(await indexSite(dist, opts)).toMatchObject({ pages: 8, shards: 3, rebuilt: 3 });
    const first = bundle();
    expect(JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8'))).toEqual({
      shards: ['/pagefind/', '/pagefind/shard-1/', '/pagefind/shard-2/'],
    });
    expect(await indexSite(dist, opts)).toMatchObject({ pages: 8, shards: 3, rebuilt: 0 });
    expect(bundle()).toEqual(first);

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
    expect(readdirSync(join(cache, 'search-shards'))).toHaveLength(3);
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
    };
    const run = (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(root, 'scripts', 'indexPass.ts'), ...args], {
        env,
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
    };
    const bundles = join(base, 'bundles');
    for (const i of [2, 0, 1]) run('bundle', '--shard', `${i}/3`, '--out', bundles);
    run('assemble', '--shards', '3', '--out', bundles);
    await indexSite(join(base, 'threaded'), { articles: fixtures, vocab, shards: 3 });
    const jobs = join(base, 'dist', 'pagefind');
    const threaded = join(base, 'threaded', 'pagefind');
    expect(files(jobs)).toEqual(files(threaded));
    for (const f of files(jobs))
      expect(readFileSync(join(jobs, f)).equals(readFileSync(join(threaded, f))), f).toBe(true);
  }, 120_000);
});
