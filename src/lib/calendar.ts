import type { ArchiveArticle } from './archiveIndex.ts';
import { monthLabel } from './timeline.ts';

/** One month of the archive: its articles are `articles[from..to)` in date order. */
export interface MonthRun {
  year: string;
  month: string;
  label: string;
  from: number;
  to: number;
}

/** One year of the archive, its months newest first. */
export interface YearRuns {
  year: string;
  count: number;
  months: MonthRun[];
}

/**
 * The archive's years and months. Articles sorted newest first put each month in one unbroken
 * run, so one pass finds them all; undated articles (at the end) start at `undatedFrom`.
 */
export function calendar(articles: readonly ArchiveArticle[]): { years: YearRuns[]; undatedFrom: number } {
  const years: YearRuns[] = [];
  let i = 0;
  while (i < articles.length) {
    const key = articles[i]?.data.date?.slice(0, 7);
    if (!key) break;
    let j = i + 1;
    while (j < articles.length && articles[j]?.data.date?.slice(0, 7) === key) j++;
    const [year = '', month = ''] = key.split('-');
    let y = years[years.length - 1];
    if (y?.year !== year) years.push((y = { year, count: 0, months: [] }));
    y.months.push({ year, month, label: monthLabel(key), from: i, to: j });
    y.count += j - i;
    i = j;
  }
  return { years, undatedFrom: i };
}

/** Undated articles per page of `/archive/undated/`. */
export const UNDATED_PER_PAGE = 100;
