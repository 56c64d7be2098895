// The years a shard's period covers, as the manifest names them (scripts/search/shardPlan.ts):
// `2024`, `2024-05`, `2024-05.2`, a grouped span of the newest periods `2022..2024`, `undated`.

/**
 * The first and last year a dated period covers: `2024`, `2024-05` and `2024-05.2` one year, a
 * grouped span `2022..2024` (or `2024-11..2025-01`) its ends; null for undated and `all`.
 */
export function periodYears(period: string): [string, string] | null {
  const [from = '', to = from] = period.split('..');
  const years = [from.slice(0, 4), to.slice(0, 4)];
  return years.every((y) => /^\d{4}$/.test(y)) ? (years as [string, string]) : null;
}

/** Whether a period holds articles of `year` (a grouped span covers every year between its ends). */
export function coversYear(period: string, year: string): boolean {
  const span = periodYears(period);
  return span !== null && span[0] <= year && year <= span[1];
}

/** The periods a list covers, as the reader reads them ("2021–2024"; "" when none is dated). */
export function periodRange(periods: string[]): string {
  const years = periods.flatMap((p) => periodYears(p) ?? []);
  if (!years.length) return '';
  const lo = years.reduce((a, b) => (a < b ? a : b));
  const hi = years.reduce((a, b) => (a > b ? a : b));
  return lo === hi ? lo : `${lo}–${hi}`;
}
