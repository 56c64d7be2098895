import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEntityNames } from '../../scripts/search/entityNames.ts';
import { buildRecords } from '../../scripts/search/indexShard.ts';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'search-places-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('search records of cities that share a name', () => {
  it('filter by the place the ingest chose, named as its city page is', () => {
    const records = join(tmp, 'records.jsonl');
    const vocab = join(root, 'content', 'vocab');
    buildRecords(
      {
        files: ['fx-101-cambridge-ma.md', 'fx-102-cambridge-uk.md'],
        articles: join(root, 'tests', 'fixtures', 'site-places'),
        vocab,
        period: 'all',
        records,
      },
      loadEntityNames(vocab).names,
    );
    const cities = readFileSync(records, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { filters: { city: string[] } }).filters.city);
    expect(cities).toEqual([
      ['Cambridge (Massachusetts)', 'Boston'],
      ['Cambridge', 'London'],
    ]);
  });
});
