import type { Block } from '../lib/types.ts';

/** A seeded PRNG (mulberry32): the same seed gives the same synthetic corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Shape = 'plain' | 'html' | 'front-matter';
interface Pool {
  titles: string[];
  units: string[];
  shapes: Shape[];
}

const isZh = (s: string) => (s.match(/\p{Script=Han}/gu)?.length ?? 0) > s.length / 4;

/** Cut real blocks into reusable pieces per language: headlines, paragraphs (in their own markup), shapes. */
export function buildPools(blocks: Block[]): Record<'en' | 'zh', Pool> {
  const pools = {
    en: { titles: [], units: [], shapes: [] },
    zh: { titles: [], units: [], shapes: [] },
  } as Record<'en' | 'zh', Pool>;
  for (const b of blocks) {
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(b.text);
    const body = fm ? b.text.slice(fm[0].length) : b.text;
    const html = /<p[\s>]/i.test(body);
    const units = html
      ? (body.match(/<p[\s>][\s\S]*?<\/p>/gi) ?? [])
      : body.split('\n').filter((l) => l.trim().length > 0);
    const pool = pools[isZh(body) ? 'zh' : 'en'];
    const title = fm ? /title:\s*"?([^"\n]+)"?/.exec(fm[1] ?? '')?.[1] : units[0];
    if (title && title.length < 200) pool.titles.push(title.replace(/<[^>]+>/g, '').trim());
    pool.units.push(...units.slice(fm ? 0 : 1).filter((u) => u.length > 20));
    pool.shapes.push(fm ? 'front-matter' : html ? 'html' : 'plain');
  }
  return pools;
}

const pick = <T>(r: () => number, list: T[]): T => list[Math.floor(r() * list.length)] as T;

/**
 * Make a synthetic corpus of `size` blocks from real text: each block recombines paragraphs of
 * one language in the messy shape of a real block (plain text, front matter + HTML, mangled tags
 * and page furniture come along with the paragraphs). About 5 KB a block. With `date`
 * (`YYYY-MM-DD`) every block states that date in its front matter, as today's news would.
 */
export function makeCorpus(
  pools: Record<'en' | 'zh', Pool>,
  size: number,
  seed = 1,
  offset = 0,
  date?: string,
): string {
  const r = rng(seed + offset);
  const out: string[] = [];
  for (let i = offset; i < offset + size; i++) {
    const lang = r() < 0.45 && pools.zh.units.length > 0 ? 'zh' : 'en';
    const pool = pools[lang];
    const picked = pick(r, pool.shapes);
    const shape = date ? 'front-matter' : picked;
    const title = `${pick(r, pool.titles)} (${i})`;
    const parts: string[] = [];
    let bytes = 0;
    while (bytes < (lang === 'zh' ? 3500 : 5000)) {
      const unit = pick(r, pool.units);
      parts.push(
        shape === 'plain' ? unit.replace(/<[^>]+>/g, '') : /^<p/i.test(unit) ? unit : `<p>${unit}</p>`,
      );
      bytes += unit.length;
    }
    const year = 2005 + Math.floor(r() * 20);
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    const head =
      shape === 'front-matter'
        ? `---\nlayout: post\ntitle: "${title.replace(/"/g, "'")}"\ndate: ${date ?? `${year}-${month}-${day}`} 10:00:00 +0800\n---\n`
        : `${title}\n\n`;
    out.push(
      `<<<FILE>>> bench-${String(i).padStart(6, '0')}.txt\n${head}${parts.join(shape === 'plain' ? '\n\n' : '\n')}\n`,
    );
  }
  return out.join('');
}
