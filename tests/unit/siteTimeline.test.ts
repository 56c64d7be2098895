import { describe, expect, it } from 'vitest';
import {
  bars,
  datedLine,
  describe as describeTimeline,
  timeline,
  worthCharting,
} from '../../src/lib/timeline.ts';
import { pageInfo, pageNumber, pageParams, pageUrl } from '../../src/lib/pagination.ts';

describe('timeline', () => {
  it('counts per month with empty months in between, undated apart', () => {
    const t = timeline(['2022-04-29', '2022-04-10', '2022-06-01', null]);
    expect(t.unit).toBe('month');
    expect(t.buckets).toEqual([
      { key: '2022-04', label: 'Apr 2022', count: 2 },
      { key: '2022-05', label: 'May 2022', count: 0 },
      { key: '2022-06', label: 'Jun 2022', count: 1 },
    ]);
    expect([t.undated, t.total]).toEqual([1, 4]);
  });

  it('switches to years when the dates span more than the month limit', () => {
    const t = timeline(['2016-05-16', '2024-05-17', '2024-03-02'], 36);
    expect(t.unit).toBe('year');
    expect(t.buckets.map((b) => [b.key, b.count])).toEqual([
      ['2016', 1],
      ['2017', 0],
      ['2018', 0],
      ['2019', 0],
      ['2020', 0],
      ['2021', 0],
      ['2022', 0],
      ['2023', 0],
      ['2024', 2],
    ]);
  });

  it('describes itself in one sentence for screen readers', () => {
    expect(describeTimeline(timeline(['2022-04-29', '2022-04-10', '2022-06-01', null]))).toBe(
      '3 dated articles from Apr 2022 to Jun 2022, plus 1 undated; the busiest month was Apr 2022 with 2.',
    );
    expect(describeTimeline(timeline([null, null]))).toBe('All 2 articles are undated.');
    expect(describeTimeline(timeline([]))).toBe('No articles.');
  });

  it('lays bars out so the tallest fills the box and empty periods have no bar', () => {
    const laid = bars(
      [
        { key: 'a', label: 'a', count: 4 },
        { key: 'b', label: 'b', count: 0 },
        { key: 'c', label: 'c', count: 1 },
      ],
      300,
      100,
    );
    expect(laid.map((b) => [b.height, b.y])).toEqual([
      [100, 0],
      [0, 100],
      [25, 75],
    ]);
    expect(laid[2]?.x).toBeGreaterThan(laid[1]?.x ?? Infinity);
  });
});

describe('pagination', () => {
  it('makes one route per page of 20, page 1 at the base URL', () => {
    expect(pageParams(0, 20)).toEqual([undefined]);
    expect(pageParams(20, 20)).toEqual([undefined]);
    expect(pageParams(41, 20)).toEqual([undefined, '2', '3']);
    expect(pageUrl('/tags/ai/', 1)).toBe('/tags/ai/');
    expect(pageUrl('/tags/ai/', 3)).toBe('/tags/ai/3/');
  });

  it('gives slice bounds and neighbour links', () => {
    expect(pageInfo('/cities/wuhan/', 41, 20, 2)).toEqual({
      page: 2,
      pages: 3,
      from: 20,
      to: 40,
      prev: '/cities/wuhan/',
      next: '/cities/wuhan/3/',
    });
    expect(pageInfo('/cities/wuhan/', 41, 20, 3)).toMatchObject({ from: 40, to: 41, next: null });
  });

  it('charts only when two periods have dated articles; otherwise says how many are dated', () => {
    const one = timeline(['2022-04-29', '2022-04-10', ...Array<null>(31).fill(null)]);
    expect(worthCharting(one)).toBe(false);
    expect(datedLine(one)).toBe('Dated articles: 2 of 33 (Apr 2022).');
    const two = timeline(['2022-04-29', '2022-06-01', null]);
    expect(worthCharting(two)).toBe(true);
    expect(datedLine(two)).toBe('Dated articles: 2 of 3.');
    expect(worthCharting(timeline([null]))).toBe(false);
  });

  it('reads odd page parameters as page 1', () => {
    expect([
      pageNumber(undefined),
      pageNumber('2'),
      pageNumber('0'),
      pageNumber('x'),
      pageNumber('1.5'),
    ]).toEqual([1, 2, 1, 1, 1]);
  });
});
