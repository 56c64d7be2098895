import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openShards } from '../../src/scripts/search/shards.ts';

/** The parts of Pagefind's browser API (pagefind.js) this project uses. */
export interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}
/** One search response of Pagefind's browser API. */
export interface PagefindSearch {
  results: { id: string; score: number; data(): Promise<PagefindData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
/** The data of one search result (its fragment). */
export interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  word_count: number;
}
/** One file the browser bundle fetched: its path, raw size and gzip size. */
export interface Fetched {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** The pretend origin the bundle runs under; fetches to it are served from the dist folder. */
export const nodeOrigin = 'http://archive.test';
let loads = 0;

/**
 * Load a built site's `pagefind.js` under Node: fetch reads files from `dist` (and records them),
 * and a minimal `document` gives the page language. Each call gets a fresh module instance, with
 * every shard of a sharded index merged in, or with `lazy` only the newest, as the search page
 * starts (it merges the others as searches need them).
 */
export async function loadPagefind(
  dist: string,
  pageLang = 'en',
  lazy = false,
): Promise<{ pagefind: PagefindModule; fetched: Fetched[] }> {
  const fetched: Fetched[] = [];
  const g = globalThis as Record<string, unknown>;
  g.document ??= {};
  (g.document as Record<string, unknown>).querySelector = () => ({ getAttribute: () => pageLang });
  g.location ??= { href: `${nodeOrigin}/search/`, origin: nodeOrigin };
  const realFetch = globalThis.fetch;
  const servedFetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input), nodeOrigin);
    if (url.origin !== nodeOrigin) return realFetch(input);
    const path = normalize(decodeURIComponent(url.pathname));
    try {
      const body = await readFile(join(dist, path));
      fetched.push({ path, bytes: body.length, gzipBytes: gzipSync(body).length });
      const type = path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(body, { headers: { 'content-type': type } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  // Pagefind calls the global fetch; the stub stays installed for the life of the test process.
  globalThis.fetch = servedFetch as typeof fetch;
  const href = `${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?load=${loads++}`;
  const pagefind = (await import(href)) as PagefindModule;
  await pagefind.options({ basePath: '/pagefind/', baseUrl: '/' });
  await openShards(pagefind as never, '/pagefind/', { baseUrl: '/' }, !lazy);
  return { pagefind, fetched };
}
