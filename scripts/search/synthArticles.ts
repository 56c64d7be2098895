/**
 * Write a synthetic archive for search benchmarks: N article files recombining the paragraphs of
 * a real articles folder, with entities, dates and sources spread deterministically.
 *
 *   node scripts/search/synthArticles.ts SOURCE_ARTICLES OUT_DIR [N=10000]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { stringify } from 'yaml';

const companies = [
  'Lenovo',
  'Huawei',
  'Alibaba',
  'Tencent',
  'Baidu',
  'Xiaomi',
  'ByteDance',
  'JD.com',
  'NetEase',
  'BYD',
];
const cities = [
  'Beijing',
  'Shanghai',
  'Shenzhen',
  'Wuhan',
  'Jinan',
  'Hong Kong',
  'Hangzhou',
  'Chengdu',
  "Xi'an",
  'Nanjing',
];
const tags = [
  'Cloud computing',
  'Artificial intelligence',
  'Semiconductors',
  'Smartphones',
  'E-commerce',
  'Investment',
];
const sources = ['Harbour Tech Daily', 'Changjiang Net', '示例科技网', '齐鲁示例报', null];

/** A small deterministic generator, so every run writes the same archive. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Write `count` synthetic articles into `out` from the paragraphs of the articles in `from`. */
export function writeSyntheticArticles(from: string, out: string, count: number): void {
  const pools: Record<'en' | 'zh', string[]> = { en: [], zh: [] };
  for (const f of readdirSync(from).filter((f) => f.endsWith('.md'))) {
    const parsed = matter(readFileSync(join(from, f), 'utf8'));
    const lang = (parsed.data as { lang?: string }).lang === 'zh' ? 'zh' : 'en';
    pools[lang].push(...parsed.content.split(/\n{2,}/).filter((p) => p.trim().length > 40));
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const rnd = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const some = <T>(list: T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(list))),
  ];
  for (let i = 0; i < count; i++) {
    const lang = pools.zh.length && rnd() < 0.3 ? 'zh' : 'en';
    const paragraphs = Array.from({ length: 3 + Math.floor(rnd() * 8) }, () => pick(pools[lang]));
    const first = paragraphs[0] ?? '';
    const id = `synth-${String(i).padStart(5, '0')}`;
    const dated = rnd() < 0.85;
    const date = dated
      ? `${2015 + Math.floor(rnd() * 10)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
      : null;
    const front = {
      id,
      title: `${first.slice(0, lang === 'zh' ? 24 : 70).trim()} (${i})`,
      date,
      lang,
      source: pick(sources),
      author: null,
      excerpt: '',
      companies: some(companies, 3),
      cities: some(cities, 2),
      tags: some(tags, 3),
      origin: { file: 'synthetic', line: i + 1, name: `${id}.txt` },
    };
    writeFileSync(join(out, `${id}.md`), `---\n${stringify(front)}---\n\n${paragraphs.join('\n\n')}\n`);
  }
}

if (import.meta.main) {
  const [from, out, n] = process.argv.slice(2);
  if (!from || !out) {
    console.error('usage: synthArticles.ts SOURCE_ARTICLES OUT_DIR [N]');
    process.exit(2);
  }
  writeSyntheticArticles(from, out, Number(n ?? 10000));
  console.log(`wrote ${n ?? 10000} articles into ${out}`);
}
