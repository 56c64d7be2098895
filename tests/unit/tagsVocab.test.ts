import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileTags, loadTags } from '../../scripts/vocab/tags.ts';
import { findHits, inflections, prepareText } from '../../scripts/vocab/tagMatcher.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'vocab');
const vocab = loadTags(dir);
const raw = () =>
  parse(readFileSync(join(dir, 'tags.yml'), 'utf8')) as { groups: { tags: Record<string, unknown>[] }[] };

/** Every word sequence an English keyword matches (its last word inflected). */
function surfaces(phrase: string): string[] {
  const words = phrase.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const last = words.pop();
  return last === undefined ? [] : inflections(last).map((w) => [...words, w].join(' '));
}

describe('tags.yml', () => {
  it('holds 40 to 80 tags', () => {
    expect(vocab.tags.length).toBeGreaterThanOrEqual(40);
    expect(vocab.tags.length).toBeLessThanOrEqual(80);
  });

  it.each(['slug', 'name', 'zh'] as const)('has unique %s values', (key) => {
    const values = vocab.tags.map((t) => t[key].toLowerCase());
    expect(values.filter((v, i) => values.indexOf(v) !== i)).toEqual([]);
  });

  it('gives every tag a lowercase ASCII slug and English and Chinese keywords', () => {
    for (const t of vocab.tags) {
      expect(t.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.keywords.en.length, t.slug).toBeGreaterThan(0);
      expect(t.keywords.zh.length, t.slug).toBeGreaterThan(0);
    }
  });

  it('starts Chinese keywords with a Chinese character (Latin terms belong under en)', () => {
    const bad = vocab.tags.flatMap((t) => t.keywords.zh.filter((k) => !/^\p{Script=Han}/u.test(k)));
    expect(bad).toEqual([]);
  });

  it('gives each keyword, inflections included, to one tag only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of vocab.tags) {
      for (const key of [...t.keywords.en.flatMap(surfaces), ...t.keywords.zh]) {
        const other = owner.get(key);
        if (other !== undefined && other !== t.slug) clashes.push(`${key}: ${other} / ${t.slug}`);
        owner.set(key, t.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds every keyword as a hit for its own tag, and every tag by its name', () => {
    const missed: string[] = [];
    for (const [i, t] of vocab.tags.entries()) {
      for (const k of [...t.keywords.en, ...t.keywords.zh]) {
        const hits = findHits(prepareText(k), vocab.matcher);
        if (!hits.some((h) => h.tag === i && h.weight > 0)) missed.push(`${t.slug}: ${k}`);
      }
      expect(vocab.byLabel.get(t.name.toLowerCase())).toBe(i);
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ['a slug with capitals', { slug: 'Cloud' }],
    ['a tag without Chinese keywords', { keywords: { en: ['cloud'], zh: [] } }],
    ['an unknown key', { colour: 'blue' }],
  ])('rejects %s', (_name, change) => {
    const data = raw();
    Object.assign(data.groups[0]!.tags[0]!, change);
    expect(() => compileTags(data)).toThrow();
  });

  it('rejects two tags with the same name', () => {
    const data = raw();
    data.groups[0]!.tags[1]!.name = data.groups[0]!.tags[0]!.name;
    expect(() => compileTags(data)).toThrow(/names two tags/);
  });
});
