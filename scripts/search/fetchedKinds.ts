import type { Fetched } from './nodePagefind.ts';

/** What a file of the search index is to the page that fetches it. */
export type FetchedKind =
  | 'script'
  | 'wasm'
  | 'manifest'
  | 'entry'
  | 'meta'
  | 'index'
  | 'filter'
  | 'fragment'
  | 'words'
  | 'names'
  | 'other';

const kinds: [RegExp, FetchedKind][] = [
  [/(^|\/)pagefind(-worker)?\.js$/, 'script'],
  [/\/wasm\.[^/]+\.pagefind$/, 'wasm'],
  [/\/shards\.json$/, 'manifest'],
  [/\/pagefind-entry\.json$/, 'entry'],
  [/\.pf_meta$/, 'meta'],
  [/\.pf_index$/, 'index'],
  [/\.pf_filter$/, 'filter'],
  [/\.pf_fragment$/, 'fragment'],
  [/\/vocab\/[^/]+\.txt$/, 'words'],
  [/\/facet-names\.[^/]+\.json$/, 'names'],
];

/** The kind of a fetched index file, from its path. */
export function kindOf(path: string): FetchedKind {
  return kinds.find(([re]) => re.test(path))?.[1] ?? 'other';
}

/** The shard a fetched file belongs to: its period folder (`p-2024` → `2024`), or `newest` for `/pagefind/`. */
export function bundleOf(path: string): string {
  return /^\/pagefind\/p-([^/]+)\//.exec(path)?.[1] ?? 'newest';
}

/** One row of a transfer tally: requests and bytes (the smaller of raw and gzip, as a server sends). */
export interface KindRow {
  bundle: string;
  kind: FetchedKind;
  requests: number;
  gzipBytes: number;
}

/**
 * Sum fetched files by shard and kind, in the order each first appears, so a first query's cost
 * reads as what it paid for: the script and WebAssembly once, then each shard's entry, metadata,
 * index chunks, filters and fragments.
 */
export function tallyFetched(files: Fetched[]): KindRow[] {
  const rows = new Map<string, KindRow>();
  for (const f of files) {
    const bundle = bundleOf(f.path);
    const kind = kindOf(f.path);
    const key = `${bundle}\0${kind}`;
    const row = rows.get(key) ?? { bundle, kind, requests: 0, gzipBytes: 0 };
    row.requests += 1;
    row.gzipBytes += Math.min(f.bytes, f.gzipBytes);
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** A tally on one line, by shard: `newest: wasm 58.4 kB, index 17.8 kB; 2024: index 23.8 kB ×2`. */
export function describeTally(rows: KindRow[]): string {
  const shards = new Map<string, string[]>();
  for (const r of rows) {
    const parts = shards.get(r.bundle) ?? [];
    parts.push(`${r.kind} ${(r.gzipBytes / 1024).toFixed(1)} kB${r.requests > 1 ? ` ×${r.requests}` : ''}`);
    shards.set(r.bundle, parts);
  }
  return [...shards].map(([bundle, parts]) => `${bundle}: ${parts.join(', ')}`).join('; ');
}
