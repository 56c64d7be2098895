/**
 * What a search costs a reader: bytes transferred (each fetched file gzipped, as a server would
 * send it) and time to the first page of results, for a first query and the ones after it.
 *
 *   node scripts/search/measureQuery.ts DIST 'q=Lenovo' 'q=联想&lang=en' …
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadFilterCounts, searchUntil } from '../../src/scripts/search/engine.ts';
import { shardsOf } from '../../src/scripts/search/shards.ts';
import { parseState } from '../../src/scripts/search/state.ts';
import { describeTally, tallyFetched } from './fetchedKinds.ts';
import { loadPagefind, type Fetched } from './nodePagefind.ts';

/** The cost of one query, in the order the queries ran in one page session. */
export interface QueryCost {
  query: string;
  results: number;
  /** Shards searched for the first page (of how many the index has). */
  shards: string;
  ms: number;
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** The files fetched, in order (fetchedKinds.ts sums them by shard and kind). */
  files: Fetched[];
}

const firstPage = 10;

/**
 * Run `queries` (URL query strings, as on /search/) one after another in one fresh Pagefind
 * session over a built site, as the search page does: load the bundle (the newest shard), search,
 * merging older shards until a first page is filled, load that page. The first query's cost
 * includes pagefind.js itself; the filter counts the page loads after the first results (of the
 * shards searched so far) are listed as a separate row.
 */
export async function measureQueries(dist: string, queries: string[]): Promise<QueryCost[]> {
  const script = readFileSync(join(dist, 'pagefind', 'pagefind.js'));
  const started = performance.now();
  const { pagefind, fetched } = await loadPagefind(dist, 'en', true);
  const costs: QueryCost[] = [];
  let seen = 0;
  for (const [i, query] of queries.entries()) {
    const t0 = i === 0 ? started : performance.now();
    const outcome = await searchUntil(pagefind as never, parseState(query), firstPage);
    await outcome?.load(0, firstPage);
    const ms = performance.now() - t0;
    const files: Fetched[] = fetched.slice(seen);
    seen = fetched.length;
    if (i === 0)
      files.push({ path: 'pagefind.js', bytes: script.length, gzipBytes: gzipSync(script).length });
    const entry = {
      query,
      results: outcome?.total ?? 0,
      shards: `${outcome?.periods.length ?? 0}/${shardsOf(pagefind)}`,
      ms: Math.round(ms),
      requests: files.length,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      // Index files are already gzipped by Pagefind; a server sends whichever is smaller.
      gzipBytes: files.reduce((n, f) => n + Math.min(f.bytes, f.gzipBytes), 0),
      files,
    };
    costs.push(entry);
    if (i === 0) {
      // What the filter panel's counts cost, loaded by the page once the first results are shown.
      await loadFilterCounts(pagefind as never);
      const more = fetched.slice(seen);
      seen = fetched.length;
      const gz = more.reduce((n, f) => n + Math.min(f.bytes, f.gzipBytes), 0);
      costs.push({
        query: '(filter counts)',
        results: 0,
        shards: '',
        ms: 0,
        requests: more.length,
        bytes: more.reduce((n, f) => n + f.bytes, 0),
        gzipBytes: gz,
        files: more,
      });
    }
  }
  return costs;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  // --files: each query's cost by shard and kind of file (script, wasm, entry, meta, index, …).
  const byFile = args.includes('--files');
  const [dist, ...queries] = args.filter((a) => a !== '--files');
  if (!dist || !queries.length) {
    console.error("usage: measureQuery.ts DIST [--files] 'q=word' ['q=other&lang=zh' …]");
    process.exit(2);
  }
  for (const c of await measureQueries(dist, queries)) {
    console.log(
      `${c.query.padEnd(28)} ${String(c.results).padStart(6)} results in ${c.shards.padEnd(5)} shards  ${String(c.ms).padStart(5)} ms  ` +
        `${c.requests} requests  ${(c.gzipBytes / 1024).toFixed(1)} kB gzip (${(c.bytes / 1024).toFixed(1)} kB raw)`,
    );
    if (byFile) console.log(`  ${describeTally(tallyFetched(c.files))}`);
  }
}
