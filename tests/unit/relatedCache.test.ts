import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { relatedArticles, type RelatedInput } from '../../src/lib/related.ts';
import { cachedRelatedInput } from '../../src/lib/relatedCache.ts';
import { relatedInput } from '../../src/lib/relatedInput.ts';

interface Doc {
  id: string;
  digest: string;
  body: string;
  data: { title: string; lang: 'en' | 'zh'; kind: 'article'; companies: string[]; cities: string[] };
}

const furniture = 'Click to follow Telangana Today Facebook page and Twitter.';
const doc = (id: string, title: string, body: string, lang: 'en' | 'zh' = 'en'): Doc => ({
  id,
  digest: `${id}:${body.length}:${title}`,
  body,
  data: { title, lang, kind: 'article', companies: ['Oppo'], cities: [] },
});
const archive = (): Doc[] => [
  doc('a', 'Oppo lab opens', `Oppo opens a 5G lab in Hyderabad, its lab for India.\n\n${furniture}`),
  doc('b', 'Oppo lab hires', `The Oppo lab hires engineers; the lab hires more in 5G.\n\n${furniture}`),
  doc('c', 'Metro fares rise', 'Metro fares rise again in Hyderabad, and the metro is full.'),
  doc(
    'd',
    '华为在济南设立研究院',
    '华为在济南设立研究院，研究院将招聘工程师。\n\n华为表示济南是重要城市。',
    'zh',
  ),
];
// The ranking counts words, so a read is compared as counts.
const counted = (inputs: RelatedInput[]) =>
  inputs.map((i) => ({
    ...i,
    words: [...i.words].sort(),
    titleWords: [...new Set(i.titleWords)].sort(),
    leadWords: [...new Set(i.leadWords)].sort(),
  }));

describe('related-article input kept between builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'related-cache-'));
  const file = join(dir, 'related-input.jsonl');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the uncached input and ranking, and reads only the bodies it must on the next build', () => {
    const reads: string[] = [];
    const body = (a: Doc) => (reads.push(a.id), a.body);
    const docs = archive();
    const plain = [...relatedInput(docs, (a) => a.body)];
    const cold = cachedRelatedInput(docs, body, file);
    expect(counted(cold)).toEqual(counted(plain));
    expect(relatedArticles(cold)).toEqual(relatedArticles(plain));
    expect(reads.sort()).toEqual(['a', 'b', 'c', 'd']);

    reads.length = 0;
    const warm = cachedRelatedInput(archive(), body, file);
    expect(counted(warm)).toEqual(counted(plain));
    expect(relatedArticles(warm)).toEqual(relatedArticles(plain));
    expect(reads).toEqual([]);

    // b loses the furniture line: it is no longer shared, so a's words change too (a's file did not).
    reads.length = 0;
    const edited = archive();
    const b = edited[1] as Doc;
    edited[1] = doc('b', b.data.title, b.body.replace(furniture, 'The lab opens in May.'));
    const after = cachedRelatedInput(edited, body, file);
    const expected = [...relatedInput(edited, (a) => a.body)];
    expect(counted(after)).toEqual(counted(expected));
    expect(after[0]?.words).toContain('telangana');
    expect(relatedArticles(after)).toEqual(relatedArticles(expected));
    expect(reads.sort()).toEqual(['a', 'b']);
  });

  it('starts afresh when the reading code changes', () => {
    const reads: string[] = [];
    cachedRelatedInput(archive(), (a) => (reads.push(a.id), a.body), file, join(dir, 'other-root'));
    expect(reads.sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
