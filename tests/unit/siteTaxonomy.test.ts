import { describe, expect, it } from 'vitest';
import { buildTerms, parseVocab, vocabByName } from '../../src/lib/taxonomy.ts';

describe('reading vocabularies', () => {
  it('reads companies.yml entries with a list of Chinese names, showing the first', () => {
    const yml = 'companies:\n  - name: Lenovo\n    zh: [联想, 联想集团]\n    ticker: "0992.HK"\n';
    expect(parseVocab(yml, 'companies')).toEqual([{ name: 'Lenovo', zh: '联想' }]);
  });

  it('reads tags nested in tags.yml groups, and a flat list', () => {
    const grouped =
      'settings: {}\ngroups:\n  - name: Computing\n    zh: 计算\n    tags:\n      - { slug: ai, name: Artificial intelligence, zh: 人工智能 }\n';
    expect(parseVocab(grouped, 'tags')).toEqual([
      { name: 'Artificial intelligence', zh: '人工智能', slug: 'ai' },
    ]);
    expect(parseVocab('- { name: Big data, zh: 大数据 }', 'tags')).toEqual([
      { name: 'Big data', zh: '大数据' },
    ]);
  });

  it('reads cities.json with coordinates, dropping unusable fields', () => {
    const json = JSON.stringify([
      { slug: 'wuhan', name: 'Wuhan', zh: '武汉', country: 'CN', lat: 30.58, lon: 114.27 },
      { slug: 'Not A Slug', name: 'Alashankou', zh: '阿拉山口', lat: null, lon: null },
    ]);
    expect(parseVocab(json, 'cities')).toEqual([
      { name: 'Wuhan', zh: '武汉', slug: 'wuhan', lat: 30.58, lon: 114.27, country: 'CN' },
      { name: 'Alashankou', zh: '阿拉山口' },
    ]);
  });

  it('degrades to an empty list on a broken or odd file instead of throwing', () => {
    expect(parseVocab('companies: [unclosed', 'companies')).toEqual([]);
    expect(parseVocab('42', 'companies')).toEqual([]);
    expect(parseVocab('companies:\n  - zh: 无名\n  - 7\n', 'companies')).toEqual([]);
  });

  it('keeps the Chinese, placed entry when a city name appears twice', () => {
    const map = vocabByName([
      { name: 'Suzhou', lat: 1, lon: 1 },
      { name: 'Suzhou', zh: '苏州', lat: 31.3, lon: 120.6 },
      { name: 'Suzhou', zh: '宿州' },
    ]);
    expect(map.get('Suzhou')?.zh).toBe('苏州');
  });
});

describe('terms and slugs', () => {
  const known = vocabByName([
    { name: 'Hong Kong', zh: '香港', slug: 'hong-kong', lat: 22.3, lon: 114.2 },
    { name: 'Lenovo', zh: '联想' },
  ]);

  it('uses the vocabulary slug and Chinese name, English and Chinese side by side', () => {
    const [hk] = buildTerms('cities', ['Hong Kong'], known);
    expect(hk).toEqual({
      kind: 'cities',
      name: 'Hong Kong',
      zh: '香港',
      slug: 'hong-kong',
      lat: 22.3,
      lon: 114.2,
    });
    expect(buildTerms('companies', ['Lenovo'], known)[0]).toMatchObject({ zh: '联想', slug: 'lenovo' });
  });

  it('falls back to the name itself and a pinyin slug for a name missing from the vocabulary', () => {
    expect(buildTerms('companies', ['浪潮'], known)[0]).toEqual({
      kind: 'companies',
      name: '浪潮',
      zh: null,
      slug: 'lang-chao',
      lat: null,
      lon: null,
    });
  });

  it('gives colliding names distinct slugs, the same on every run, and never a reserved one', () => {
    const terms = buildTerms('tags', ['AI', 'A.I.', 'a-z', 'AI'], new Map());
    expect(terms.map((t) => [t.name, t.slug])).toEqual([
      ['A.I.', 'a-i'],
      ['AI', 'ai'],
      ['a-z', 'a-z-x'],
    ]);
    expect(buildTerms('tags', ['Ai', 'AI'], new Map()).map((t) => t.slug)).toEqual(['ai', 'ai-2']);
  });
});
