import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleIndex } from '../../scripts/lib/assembleIndex.ts';

const root = mkdtempSync(join(tmpdir(), 'assemble-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A stand-in Pagefind bundle: entry file, a content-named chunk, our word list, Pagefind's script. */
function bundle(name: string, pages: number, words: string): string {
  const dir = join(root, 'bundles', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'index'), { recursive: true });
  mkdirSync(join(dir, 'vocab'), { recursive: true });
  writeFileSync(
    join(dir, 'pagefind-entry.json'),
    JSON.stringify({ languages: { en: { page_count: pages } } }),
  );
  writeFileSync(join(dir, 'index', `en_${name.padEnd(7, '0')}.pf_index`), name);
  writeFileSync(join(dir, 'vocab', 'a.txt'), words);
  writeFileSync(join(dir, 'pagefind.js'), 'script');
  writeFileSync(join(dir, 'pagefind-ui.js'), 'ui');
  return dir;
}
const tree = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('assembling the search index from shard bundles', () => {
  const dist = join(root, 'dist');
  const pf = join(dist, 'pagefind');
  const old = new Date('2020-01-01T00:00:00Z');
  /** Mark every file old, so a rewritten one shows by its time. */
  const age = () => {
    for (const f of tree(pf)) utimesSync(join(pf, f), old, old);
  };
  const rewritten = () => tree(pf).filter((f) => statSync(join(pf, f)).mtimeMs !== old.getTime());

  it('copies only the shard folders that changed, and removes the ones gone', () => {
    const b2024 = bundle('a2024', 3, 'apple\t2\n');
    const b2023 = bundle('a2023', 2, 'pear\t1\n');
    const bUndated = bundle('aundat', 1, 'plum\t1\n');
    expect(assembleIndex(dist, [b2024, b2023, bUndated], ['2024', '2023', 'undated'])).toBe(6);
    expect(tree(pf)).toEqual([
      'index/en_a202400.pf_index',
      'p-2023/index/en_a202300.pf_index',
      'p-2023/pagefind-entry.json',
      'p-2023/vocab/a.txt',
      'p-undated/index/en_aundat0.pf_index',
      'p-undated/pagefind-entry.json',
      'p-undated/vocab/a.txt',
      'pagefind-entry.json',
      'pagefind.js',
      'shards.json',
      'vocab/a.txt',
    ]);

    // Nothing changed: only the manifest is written.
    age();
    assembleIndex(dist, [b2024, b2023, bUndated], ['2024', '2023', 'undated']);
    expect(rewritten()).toEqual(['shards.json']);

    // 2023's word list changes but keeps its size; the undated shard goes.
    age();
    bundle('a2023', 2, 'peas\t1\n');
    assembleIndex(dist, [b2024, b2023], ['2024', '2023']);
    expect(rewritten()).toEqual([
      'p-2023/index/en_a202300.pf_index',
      'p-2023/pagefind-entry.json',
      'p-2023/vocab/a.txt',
      'shards.json',
    ]);
    expect(readFileSync(join(pf, 'p-2023', 'vocab', 'a.txt'), 'utf8')).toBe('peas\t1\n');
    expect(tree(pf).some((f) => f.startsWith('p-undated'))).toBe(false);

    // A new newest period takes the top folder; the previous newest moves to its own.
    age();
    const b2025 = bundle('a2025', 1, 'fig\t1\n');
    assembleIndex(dist, [b2025, b2024, b2023], ['2025', '2024', '2023']);
    expect(tree(pf)).toContain('index/en_a202500.pf_index');
    expect(tree(pf)).not.toContain('index/en_a202400.pf_index');
    expect(tree(pf)).toContain('p-2024/index/en_a202400.pf_index');
    expect(rewritten().some((f) => f.startsWith('p-2023/'))).toBe(false);
  });
});
