/** One bar of a timeline: a month (`2022-04`) or a year (`2022`) and its article count. */
export interface Bucket {
  key: string;
  label: string;
  count: number;
}

/** Articles over time, with every empty period in between so the gaps show. */
export interface Timeline {
  unit: 'month' | 'year';
  buckets: Bucket[];
  undated: number;
  total: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-04` → `Apr 2022`. */
export function monthLabel(key: string): string {
  const [y, m] = key.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/**
 * Count dates per month, or per year when they span more than `maxMonths` months (a bar per
 * month over twenty years would be unreadable). Dates are `YYYY-MM-DD` or null (undated).
 */
export function timeline(dates: Iterable<string | null>, maxMonths = 36): Timeline {
  const months = new Map<number, number>();
  let undated = 0;
  let total = 0;
  for (const d of dates) {
    total++;
    const m = d ? /^(\d{4})-(\d{2})/.exec(d) : null;
    if (!m) {
      undated++;
      continue;
    }
    const key = Number(m[1]) * 12 + Number(m[2]) - 1;
    months.set(key, (months.get(key) ?? 0) + 1);
  }
  if (months.size === 0) return { unit: 'month', buckets: [], undated, total };
  const keys = [...months.keys()];
  const lo = Math.min(...keys);
  const hi = Math.max(...keys);
  const buckets: Bucket[] = [];
  if (hi - lo + 1 <= maxMonths) {
    for (let k = lo; k <= hi; k++) {
      const key = `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
      buckets.push({ key, label: monthLabel(key), count: months.get(k) ?? 0 });
    }
    return { unit: 'month', buckets, undated, total };
  }
  const years = new Map<number, number>();
  for (const [k, n] of months) years.set(Math.floor(k / 12), (years.get(Math.floor(k / 12)) ?? 0) + n);
  for (let y = Math.floor(lo / 12); y <= Math.floor(hi / 12); y++)
    buckets.push({ key: String(y), label: String(y), count: years.get(y) ?? 0 });
  return { unit: 'year', buckets, undated, total };
}

/** A bar of the SVG chart, in its own coordinates. */
export interface Bar extends Bucket {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lay bars out in a `width` × `height` box; the tallest bar fills the height. */
export function bars(buckets: readonly Bucket[], width: number, height: number): Bar[] {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = buckets.length ? width / buckets.length : width;
  const gap = step > 6 ? Math.min(4, step * 0.2) : 0;
  return buckets.map((b, i) => {
    const h = b.count ? Math.max(2, (b.count / max) * height) : 0;
    const round = (v: number) => Math.round(v * 10) / 10;
    return {
      ...b,
      x: round(i * step + gap / 2),
      y: round(height - h),
      width: round(step - gap),
      height: round(h),
    };
  });
}

/** A one-sentence description of a timeline for screen readers and the chart's `<desc>`. */
export function describe(t: Timeline): string {
  if (!t.buckets.length) return t.undated ? `All ${t.undated} articles are undated.` : 'No articles.';
  const peak = t.buckets.reduce((a, b) => (b.count > a.count ? b : a));
  const first = t.buckets[0]?.label;
  const last = t.buckets[t.buckets.length - 1]?.label;
  const dated = t.total - t.undated;
  const span = first === last ? `in ${first}` : `from ${first} to ${last}`;
  const undated = t.undated ? `, plus ${t.undated} undated` : '';
  return `${dated} dated article${dated === 1 ? '' : 's'} ${span}${undated}; the busiest ${t.unit} was ${peak.label} with ${peak.count}.`;
}

/** Whether a chart says more than a sentence: at least two periods have dated articles. */
export function worthCharting(t: Timeline): boolean {
  return t.buckets.filter((b) => b.count > 0).length >= 2;
}

/** "Dated articles: 2 of 33 (Apr 2022)", what the page shows instead of a one-bar chart. */
export function datedLine(t: Timeline): string {
  const dated = t.total - t.undated;
  const periods = t.buckets.filter((b) => b.count > 0);
  const when = periods.length === 1 ? ` (${periods[0]?.label})` : '';
  return `Dated articles: ${dated} of ${t.total}${when}.`;
}
