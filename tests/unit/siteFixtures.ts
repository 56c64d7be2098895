import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { articleSchema } from '../../src/lib/articleSchema.ts';
import type { ArchiveArticle } from '../../src/lib/archiveIndex.ts';
import type { Vocab } from '../../src/lib/taxonomy.ts';

/** The hand-written fixture articles with entities (`tests/fixtures/site-articles/`). */
export function fixtureArticles(): ArchiveArticle[] {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'site-articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const data = articleSchema.parse(matter(readFileSync(join(dir, f), 'utf8')).data);
      return { id: data.id, data };
    });
}

/** A small vocabulary in the shapes of companies.yml, cities.json and tags.yml. */
export const vocab: Vocab = {
  companies: [
    { name: 'Lenovo', zh: '联想' },
    { name: 'Huawei', zh: '华为' },
    { name: 'Tencent', zh: '腾讯' },
  ],
  cities: [
    { name: 'Wuhan', zh: '武汉', slug: 'wuhan', lat: 30.58, lon: 114.27, country: 'CN' },
    { name: 'Hong Kong', zh: '香港', slug: 'hong-kong', lat: 22.3, lon: 114.2, country: 'HK' },
    { name: 'Jinan', zh: '济南', slug: 'jinan', lat: 36.67, lon: 117.0, country: 'CN' },
  ],
  tags: [{ name: 'Cloud computing', zh: '云计算', slug: 'cloud-computing' }],
};

/** A minimal article for table-driven tests. */
export function art(
  id: string,
  date: string | null,
  fields: Partial<Pick<ArchiveArticle['data'], 'companies' | 'cities' | 'tags' | 'lang'>> = {},
): ArchiveArticle {
  return {
    id,
    data: { title: `Title ${id}`, date, lang: 'en', companies: [], cities: [], tags: [], ...fields },
  };
}
