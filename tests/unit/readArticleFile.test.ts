import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/lib/readArticleFile.ts';
import { serialiseArticle } from '../../scripts/lib/serialiseArticle.ts';
import type { Article } from '../../scripts/pipeline.ts';

// The reader the article files were read with before: the `yaml` package's core schema.
const reference = (raw: string) =>
  matter(raw, { engines: { yaml: (s: string) => parse(s, { schema: 'core' }) as object } } as never);

const article = (extra: Record<string, unknown>, title: string) =>
  serialiseArticle({
    id: 'en-a',
    body: 'Body text.\n\n---\n\nMore text after a rule.',
    meta: {
      id: 'en-a',
      title,
      title_derived: false,
      date: '2024-01-15',
      lang: 'en',
      source: null,
      author: 'A. Writer',
      excerpt: '',
      companies: ['Huawei', 'AT&T'],
      cities: ['Jinan'],
      places: { Cambridge: 'cambridge-massachusetts' },
      tags: ['AI'],
      kind: 'article',
      relations: [
        { company: 'Huawei', city: 'Jinan', cue: 'opened', evidence: 'Huawei opened a lab in Jinan.' },
      ],
      origin: { file: 'corpus.txt', line: 3, name: 'a.txt' },
      extra,
    },
  } as unknown as Article);

describe('reading an article file', () => {
  it('reads what the ingest writes as the yaml package does, whatever the strings hold', () => {
    const strings = [
      'plain',
      'He said: "no" # not a comment',
      'back\\slash and \t tab, \n newline, \r return',
      '\u0000\u0007\u001b\u007f\u0085\u00a0\u2028\u2029\ufeff\ufffe',
      '😀 emoji and 华为 and ｆｕｌｌ ｗｉｄｔｈ',
      'null',
      'true',
      '0b101',
      '1_000',
      '2024-01-01',
      '- not a list',
      '&anchor *alias !tag',
      "'single' and ---",
      ' leading and trailing ',
      '',
    ];
    for (const s of strings) {
      const raw = article(
        { [s || 'empty']: s, n: 5, x: 1.5, big: 1e21, neg: -0.25, list: [s, 7, null, true] },
        s || 'T',
      );
      const ours = readArticleFile(raw);
      const theirs = reference(raw);
      expect(ours.data, JSON.stringify(s)).toStrictEqual(theirs.data);
      expect(ours.content).toBe(theirs.content);
    }
  });

  it('reads hand-written scalars to the same values as the yaml core schema', () => {
    const scalars = [
      ...['0b101', '1_000', '012', '+12', '-0', '0o17', '0x1F', '0X1F', '99999999999999999999'],
      ...['1e3', '1E+3', '.5', '-.5', '1.', '0.', '1.50', '1.5e', '1__0'],
      ...['.inf', '+.inf', '-.INF', '.NaN', '.nan'],
      ...['yes', 'on', 'y', '~', 'null', 'Null', 'NULL', 'nULL', 'True', 'tRUE', 'FALSE', ''],
      ...['2024-01-01', '2024-01-01T10:00:00Z', '12:30', '1:20:30', '!!str 12', '!!int "12"'],
    ];
    for (const s of scalars) {
      const raw = `---\nvalue: ${s}\n---\nBody.\n`;
      expect(readArticleFile(raw).data, s).toStrictEqual(reference(raw).data);
    }
  });

  it('reads every fixture article as the yaml package does', () => {
    const dirs = ['site-articles', 'site-places', 'site-relations', 'search-articles'];
    let read = 0;
    for (const dir of dirs.map((d) => join('tests', 'fixtures', d)))
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
        const raw = readFileSync(join(dir, f), 'utf8');
        expect(readArticleFile(raw).data, f).toStrictEqual(reference(raw).data);
        read++;
      }
    expect(read).toBeGreaterThan(10);
  });

  it('fails on the YAML errors the yaml package fails on', () => {
    for (const bad of ['a: 1\na: 2', 'a: [1, 2', 'a: "unclosed', '\ta: 1']) {
      const raw = `---\n${bad}\n---\nBody.\n`;
      expect(() => reference(raw), bad).toThrow();
      expect(() => readArticleFile(raw), bad).toThrow();
    }
  });
});
