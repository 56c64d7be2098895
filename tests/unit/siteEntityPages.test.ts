import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/archiveIndex.ts';
import {
  entityPage,
  entityPaths,
  indexTerms,
  PER_PAGE,
  searchUrl,
  termUrl,
} from '../../src/lib/entityPages.ts';
import { loadAtlases, worldMap, type Atlases } from '../../src/lib/worldMap.ts';
import { art, fixtureArticles, vocab } from './siteFixtures.ts';

const noVocab = { companies: [], cities: [], tags: [] };

describe('entity pages', () => {
  const index = buildIndex(fixtureArticles(), vocab);

  it('serves companies, cities and tags alike: articles, timeline, co-occurring terms, links', () => {
    const page = entityPage(index, 'cities', 'wuhan', undefined);
    expect(page?.term).toMatchObject({ name: 'Wuhan', zh: '武汉' });
    expect(page?.articles.map((a) => a.id)).toEqual([
      'fx-003-huawei-wuhan',
      'fx-004-tencent-wuhan',
      'fx-005-lenovo-wuhan',
    ]);
    expect(page?.summary?.timeline.buckets[0]).toEqual({ key: '2022-04', label: 'Apr 2022', count: 2 });
    expect(page?.summary?.together.map((g) => g.kind)).toEqual(['companies', 'tags', 'cities']);
    expect(page?.search).toBe('/search/?city=Wuhan');
    expect(page?.feed).toBe('/cities/wuhan/rss.xml');
    expect(entityPage(index, 'tags', 'xin-ji-jian', undefined)?.term.name).toBe('新基建');
    expect(entityPage(index, 'companies', 'no-such-company', undefined)).toBeUndefined();
  });

  it('URL-encodes search filters and builds term URLs', () => {
    expect(searchUrl({ kind: 'companies', name: 'AT&T Inc.' })).toBe('/search/?company=AT%26T%20Inc.');
    expect(searchUrl({ kind: 'tags', name: '新基建' })).toBe('/search/?tag=%E6%96%B0%E5%9F%BA%E5%BB%BA');
    expect(termUrl({ kind: 'cities', slug: 'hong-kong' })).toBe('/cities/hong-kong/');
  });

  it('numbers older pages from the oldest article, newest first, undated last', () => {
    const articles = Array.from({ length: 65 }, (_, i) =>
      art(
        `a${String(i).padStart(2, '0')}`,
        i < 60 ? `2020-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}` : null,
        { tags: ['Busy'] },
      ),
    );
    const idx = buildIndex(articles, noVocab);
    // Page 1 holds the newest 20 to 39; pages 2, 3 … hold 20 each counted from the oldest.
    expect(entityPaths(idx, 'tags').map((p) => p.params.page)).toEqual([undefined, '2', '3']);
    const first = entityPage(idx, 'tags', 'busy', undefined);
    expect(first?.articles).toHaveLength(65 - 2 * PER_PAGE);
    const dates = first?.articles.map((a) => a.data.date ?? '') ?? [];
    expect(dates).toEqual([...dates].sort().reverse());
    expect(first?.summary?.count).toBe(65);
    expect(first?.pagination).toMatchObject({ page: 1, prev: null, next: '/tags/busy/3/' });
    const oldest = entityPage(idx, 'tags', 'busy', '2');
    expect(oldest?.articles.slice(-5).every((a) => a.data.date === null)).toBe(true);
    expect(oldest?.pagination).toMatchObject({ page: 2, prev: '/tags/busy/3/', next: null });
    expect(entityPage(idx, 'tags', 'busy', '3')?.pagination).toMatchObject({
      prev: '/tags/busy/',
      next: '/tags/busy/2/',
    });
    // An older page shows nothing about the whole term, so it does not change as news arrives.
    expect(oldest?.summary).toBeNull();
    const grown = buildIndex([...articles, art('new', '2021-01-01', { tags: ['Busy'] })], noVocab);
    expect(entityPage(grown, 'tags', 'busy', '2')).toEqual(oldest);
    expect(entityPage(grown, 'tags', 'busy', '3')).toEqual(entityPage(idx, 'tags', 'busy', '3'));
    expect(entityPage(grown, 'tags', 'busy', undefined)?.articles[0]?.id).toBe('new');
  });

  it('sorts an index by count or A–Z', () => {
    expect(indexTerms(index, 'cities', 'az').map((s) => s.term.name)).toEqual([
      'Hong Kong',
      'Jinan',
      'Shenzhen',
      'Wuhan',
    ]);
    expect(indexTerms(index, 'cities', 'count')[0]?.postings.length).toBe(3);
  });
});

describe('world map', () => {
  const atlases: Atlases = loadAtlases();
  const city = (name: string, lat: number | null, lon: number | null, count = 1) => ({
    term: { kind: 'cities' as const, name, zh: null, slug: name.toLowerCase(), lat, lon },
    count,
  });

  it('zooms to a cluster of Chinese cities and sizes dots by article count', () => {
    const map = worldMap(atlases, [
      city('Wuhan', 30.58, 114.27, 4),
      city('Jinan', 36.67, 117, 1),
      city('Nowhere', null, null),
    ]);
    expect(map.dots.map((d) => d.term.name)).toEqual(['Wuhan', 'Jinan']);
    expect(map.unplaced.map((c) => c.term.name)).toEqual(['Nowhere']);
    const [wuhan, jinan] = map.dots;
    expect(wuhan?.r).toBe(14);
    expect(jinan?.r).toBeLessThan(wuhan?.r ?? 0);
    // Jinan is north of Wuhan: higher on the map.
    expect(jinan?.y).toBeLessThan(wuhan?.y ?? 0);
    for (const d of map.dots) expect(d.x > 0 && d.x < map.width && d.y > 0 && d.y < map.height).toBe(true);
    expect(map.land.length).toBeGreaterThan(1000);
  });

  it('shows the whole world when cities are spread across it, labels never overlapping', () => {
    const map = worldMap(atlases, [
      city('Shenzhen', 22.54, 114.06),
      city('Hong Kong', 22.3, 114.2),
      city('New York', 40.7, -74),
    ]);
    expect(map.dots).toHaveLength(3);
    const labelled = map.dots.filter((d) => d.label);
    expect(labelled.length).toBeGreaterThanOrEqual(2);
    const sz = map.dots.find((d) => d.term.name === 'Shenzhen');
    const hk = map.dots.find((d) => d.term.name === 'Hong Kong');
    // Neighbours this close cannot both be labelled on the same side.
    if (sz?.label && hk?.label) expect(sz.label.anchor).not.toBe(hk.label.anchor);
  });

  it('names a dense cluster only where names fit: no name touches another name, a dot or the edge', () => {
    // Eastern China's cities, as a spread-out archive draws them on the world map.
    const cluster = [
      ['Beijing', 39.9, 116.4, 11],
      ['Shanghai', 31.2, 121.5, 3],
      ['Wuhan', 30.6, 114.3, 5],
      ['Hangzhou', 30.3, 120.2],
      ['Nanjing', 32.1, 118.8],
      ['Suzhou', 31.3, 120.6],
      ['Jinan', 36.7, 117],
      ['Qingdao', 36.1, 120.4],
      ['Guangzhou', 23.1, 113.3, 3],
      ['Shenzhen', 22.5, 114.1],
      ['Hong Kong', 22.3, 114.2, 3],
      ['Changsha', 28.2, 112.9, 2],
    ] as const;
    const map = worldMap(atlases, [
      ...cluster.map(([name, lat, lon, n]) => city(name, lat, lon, n ?? 1)),
      city('New York', 40.7, -74, 3),
    ]);
    const size = { label: 13, narrowLabel: 30 } as const;
    for (const set of ['label', 'narrowLabel'] as const) {
      const boxes = map.dots.flatMap((d) => {
        const l = d[set];
        if (!l) return [];
        const w = d.term.name.length * size[set] * 0.56;
        const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
        const box: [number, number, number, number] = [
          x0,
          l.y - size[set] * 0.8,
          x0 + w,
          l.y + size[set] * 0.1,
        ];
        return [{ d, box }];
      });
      expect(boxes.length, set).toBeGreaterThanOrEqual(set === 'label' ? 4 : 2);
      expect(boxes.length, set).toBeLessThan(map.dots.length);
      const apart = (a: number[], b: number[]) =>
        (a[2] ?? 0) <= (b[0] ?? 0) ||
        (b[2] ?? 0) <= (a[0] ?? 0) ||
        (a[3] ?? 0) <= (b[1] ?? 0) ||
        (b[3] ?? 0) <= (a[1] ?? 0);
      for (const [k, { d, box }] of boxes.entries()) {
        expect(box[0] >= 0 && box[2] <= map.width && box[1] >= 0 && box[3] <= map.height, d.term.name).toBe(
          true,
        );
        for (const other of boxes.slice(k + 1))
          expect(apart(box, other.box), `${d.term.name} / ${other.d.term.name}`).toBe(true);
        for (const dot of map.dots)
          if (dot !== d)
            expect(
              apart(box, [dot.x - dot.r, dot.y - dot.r, dot.x + dot.r, dot.y + dot.r]),
              `${d.term.name} on ${dot.term.name}`,
            ).toBe(true);
      }
    }
  });
});
