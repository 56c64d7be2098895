import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentPart, fileDigest, originOf, withoutOrigin } from '../../src/lib/contentDigest.ts';
import { serialiseArticle } from '../../scripts/lib/serialiseArticle.ts';
import type { Article } from '../../scripts/pipeline.ts';

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const file = (line: number, title = 'Huawei opens a lab in Jinan') =>
  serialiseArticle({
    id: 'en-huawei-jinan',
    body: 'Huawei opened a lab.\n\norigin:\n  file: "not front matter"',
    meta: {
      id: 'en-huawei-jinan',
      title,
      date: '2024-01-15',
      lang: 'en',
      source: null,
      author: null,
      companies: ['Huawei'],
      cities: ['Jinan'],
      tags: [],
      origin: { file: 'corpus.txt', line, name: 'huawei.txt' },
      extra: {},
    },
  } as unknown as Article);

describe('an article file digest without its corpus origin', () => {
  it('strips exactly the origin block of the front matter', () => {
    const raw = file(12);
    expect(originOf(raw)).toBe('origin:\n  file: "corpus.txt"\n  line: 12\n  name: "huawei.txt"\n');
    expect(withoutOrigin(raw)).toBe(raw.replace(originOf(raw), ''));
    expect(withoutOrigin(raw)).toContain('origin:\n  file: "not front matter"');
  });

  it('keeps the content part when only the origin moved, and changes it with anything else', () => {
    const at12 = fileDigest(file(12), hash);
    const at40 = fileDigest(file(40), hash);
    expect(at12).not.toBe(at40);
    expect(contentPart(at12)).toBe(contentPart(at40));
    expect(contentPart(fileDigest(file(12, 'Huawei opens a lab in Wuhan'), hash))).not.toBe(
      contentPart(at12),
    );
  });

  it('what the pages show beside the file (the place names) is part of what the article says', () => {
    const plain = fileDigest(file(12), hash);
    const named = fileDigest(file(12), hash, 'gazetteer-v2');
    expect(contentPart(named)).not.toBe(contentPart(plain));
    expect(named.split('.')[1]).toBe(plain.split('.')[1]);
  });
});
