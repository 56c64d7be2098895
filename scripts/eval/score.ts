/**
 * The dev-set scorer, ported from ../shared/eval/score.py so `npm run eval` needs no Python:
 * title, date and language accuracy, and micro precision / recall / F1 for companies and cities
 * (overall and per language), after the same name normalisation and alias table.
 */

/** One gold record of dev-gold.jsonl. */
export interface Gold {
  id: string;
  lang: 'en' | 'zh';
  title: string | null;
  date: string | null;
  companies: string[];
  cities: string[];
}

/** The front-matter fields the scorer reads from an ingested article. */
export interface Scored {
  title?: unknown;
  date?: unknown;
  lang?: unknown;
  companies?: unknown;
  cities?: unknown;
}

const SUFFIXES =
  '(group|holdings?|inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|ag|sa|集团|公司|有限公司|股份有限公司)';
const SUFFIX_RE = new RegExp(`\\s*(?<![\\p{L}\\p{N}_])${SUFFIXES}$`, 'u');
const ALIASES: string[][] = [
  ['qihoo 360', '360', 'qihoo'],
  ['industrial and commercial bank of china', 'icbc'],
  ['china construction bank', 'ccb'],
  ['agricultural bank of china', 'abc'],
  ['bytedance', 'byte dance'],
  ['yuanfudao', 'ape tutor', 'ape coaching', 'yuan fudao'],
  ['gsx', 'gaotu', 'gsx techedu', 'gaotu techedu'],
  ['saic motor', 'saic', 'shanghai automotive industry'],
  ['master kong', 'tingyi'],
  ['tpv', 'tpv technology'],
  ['paratera', 'paratera technology', 'bingxing technology'],
  ['hong kong', 'hongkong', 'hk'],
  ['xian', "xi'an", 'xi an'],
  ['bangalore', 'bengaluru'],
  ['washington', 'washington dc', 'washington d c'],
  ['beijing', 'peking'],
];

/** Normalise an entity name as score.py does. */
export function normName(name: unknown): string {
  let s = String(name).normalize('NFKC').toLowerCase().replace(/&/g, ' and ');
  s = s
    .replace(/[\u2019'’.,()[\]"“”]/g, '')
    .replace(/[-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let prev: string | null = null;
  while (prev !== s) {
    prev = s;
    if (s) s = s.replace(SUFFIX_RE, '').trim();
  }
  const group = ALIASES.find((g) => g.includes(s));
  return group ? ([...group].sort()[0] as string) : s;
}

function normTitle(t: unknown): string {
  return String(t ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/["'“”‘’`]/g, '')
    .replace(/^[ .]+|[ .]+$/g, '');
}

/** Precision, recall and F1 from true positives, false positives and false negatives. */
export function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/** Score articles (keyed by origin.name) against gold records; `misses` lists every difference. */
export function score(articles: Map<string, Scored>, gold: Gold[]) {
  const counts: Record<string, [number, number, number]> = {};
  for (const k of ['companies', 'cities', 'companies.en', 'cities.en', 'companies.zh', 'cities.zh'])
    counts[k] = [0, 0, 0];
  let titleOk = 0;
  let titleN = 0;
  let dateOk = 0;
  let langOk = 0;
  let missing = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const a = articles.get(g.id) ?? (missing++, {});
    if (g.title) {
      titleN++;
      if (normTitle(a.title) === normTitle(g.title)) titleOk++;
    }
    const got = a.date === null || a.date === undefined || a.date === '' ? null : String(a.date);
    if (got === g.date) dateOk++;
    if (String(a.lang ?? '').split('-')[0] === g.lang) langOk++;
    for (const k of ['companies', 'cities'] as const) {
      const want = new Set((g[k] ?? []).map(normName));
      const have = new Set((Array.isArray(a[k]) ? (a[k] as unknown[]) : []).map(normName));
      const tp = [...want].filter((x) => have.has(x)).length;
      for (const key of [k, `${k}.${g.lang}`]) {
        const c = counts[key] as [number, number, number];
        c[0] += tp;
        c[1] += have.size - tp;
        c[2] += want.size - tp;
      }
      const missed = [...want].filter((x) => !have.has(x)).sort();
      const extra = [...have].filter((x) => !want.has(x)).sort();
      if (missed.length || extra.length)
        misses.push(`${g.id} ${k}: missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}`);
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    articles: gold.length,
    missing,
    title: titleN ? round(titleOk / titleN) : null,
    date: round(dateOk / gold.length),
    lang: round(langOk / gold.length),
    fields: Object.fromEntries(Object.entries(counts).map(([k, [tp, fp, fn]]) => [k, prf(tp, fp, fn)])),
    misses,
  };
}
