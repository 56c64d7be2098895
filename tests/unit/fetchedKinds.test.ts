import { describe, expect, it } from 'vitest';
import { bundleOf, describeTally, kindOf, tallyFetched } from '../../scripts/search/fetchedKinds.ts';

describe('what a search fetched, by shard and kind', () => {
  it.each([
    ['pagefind.js', 'script'],
    ['/pagefind/wasm.en.pagefind', 'wasm'],
    ['/pagefind/shards.json', 'manifest'],
    ['/pagefind/p-2023/pagefind-entry.json', 'entry'],
    ['/pagefind/pagefind.en_287f1c919b.pf_meta', 'meta'],
    ['/pagefind/p-2023/index/en_9e1a2b3c4d.pf_index', 'index'],
    ['/pagefind/filter/en_1a2b3c4.pf_filter', 'filter'],
    ['/pagefind/p-undated.2/fragment/en_5d6e7f8.pf_fragment', 'fragment'],
    ['/pagefind/p-2023/vocab/17.txt', 'words'],
    ['/pagefind/facet-names.zh.json', 'names'],
    ['/pagefind/pagefind-ui.css', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });

  it('names the shard of a file by its period folder', () => {
    expect(['/pagefind/index/x.pf_index', '/pagefind/p-2021..2023/index/x.pf_index'].map(bundleOf)).toEqual([
      'newest',
      '2021..2023',
    ]);
  });

  it('sums requests and the bytes a server sends, in the order first fetched', () => {
    const rows = tallyFetched([
      { path: '/pagefind/wasm.en.pagefind', bytes: 1000, gzipBytes: 1010 },
      { path: '/pagefind/p-2023/fragment/a.pf_fragment', bytes: 3000, gzipBytes: 1024 },
      { path: '/pagefind/p-2023/fragment/b.pf_fragment', bytes: 2048, gzipBytes: 3000 },
    ]);
    expect(rows).toEqual([
      { bundle: 'newest', kind: 'wasm', requests: 1, gzipBytes: 1000 },
      { bundle: '2023', kind: 'fragment', requests: 2, gzipBytes: 3072 },
    ]);
    expect(describeTally(rows)).toBe('newest: wasm 1.0 kB; 2023: fragment 3.0 kB ×2');
  });
});
