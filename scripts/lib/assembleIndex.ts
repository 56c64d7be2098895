import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { manifestName, shardFolder, shardUrl } from '../search/shardPlan.ts';

/** Pages in a written bundle, from Pagefind's entry file. */
function pageCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  const pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  return pages;
}

// Files of a Pagefind bundle the site never loads: Pagefind's own UIs and highlighter (the page
// is ours), and in every shard but the first its script, worker and WebAssembly (merged shards
// run on the first one's).
const unusedInFirst = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
const unusedInOthers =
  /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|pagefind(-worker)?\.js|wasm\..*\.pagefind)$/;

/** The files of a bundle folder that `keep` accepts: relative paths, sorted, with sizes. */
function listing(dir: string, keep: (rel: string) => boolean): [string, number][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter(keep)
    .sort()
    .map((rel): [string, number] => [rel, statSync(join(dir, rel)).size]);
}

/**
 * Put the bundle's kept files into `folder` as hard links to the cached bundle (a cached bundle
 * is never rewritten in place: another key is another folder), copying only where the two sit on
 * different file systems. A 10,000-article index is about 13,000 files, and copying them was up
 * to 6 s of a cold build.
 */
function linkTree(bundle: string, folder: string, keep: (rel: string) => boolean): void {
  for (const [rel] of listing(bundle, keep)) {
    const to = join(folder, rel);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(bundle, rel), to);
    } catch {
      copyFileSync(join(bundle, rel), to);
    }
  }
}

// Pagefind names its index, fragment, filter and metadata files by a hash of their content.
const contentNamed = /_[0-9a-f]{7,}\.pf_(index|fragment|filter|meta)$/;

/**
 * Whether `target` already holds exactly the bundle's files: the same names and sizes, and the
 * same bytes in every file whose name does not carry its content's hash. Then it is left as it
 * is, so a rebuild copies only the shards that changed.
 */
function holds(target: string, bundle: string, keep: (rel: string) => boolean): boolean {
  const want = listing(bundle, keep);
  const have = listing(target, (rel) => keep(rel) && !rel.startsWith('p-') && rel !== manifestName);
  if (want.length !== have.length || want.some(([f, n], i) => have[i]?.[0] !== f || have[i]?.[1] !== n))
    return false;
  return want.every(
    ([f]) => contentNamed.test(f) || readFileSync(join(target, f)).equals(readFileSync(join(bundle, f))),
  );
}

/**
 * Put shard bundles (newest period first) in place: shard 0 is Pagefind's own `dist/pagefind/`,
 * the others sit in `dist/pagefind/p-<period>/`, and `shards.json` lists them for the search page
 * with their periods and page counts. A shard folder that already holds its bundle is kept;
 * anything else there is replaced or removed. Returns the pages.
 */
export function assembleIndex(dist: string, bundles: string[], periods: string[]): number {
  const target = join(dist, 'pagefind');
  mkdirSync(target, { recursive: true });
  const folders = new Set(periods.map((p, i) => shardFolder(i, p)));
  let total = 0;
  const shards = bundles.map((bundle, i) => {
    const period = periods[i] as string;
    const unused = i === 0 ? unusedInFirst : unusedInOthers;
    const keep = (rel: string) => !unused.test(basename(rel));
    const folder = join(target, shardFolder(i, period));
    if (!holds(folder, bundle, keep)) {
      // The first shard's folder also holds the others' (p-*) and the manifest.
      for (const e of existsSync(folder) ? readdirSync(folder) : [])
        if (i !== 0 || (!e.startsWith('p-') && e !== manifestName))
          rmSync(join(folder, e), { recursive: true, force: true });
      linkTree(bundle, folder, keep);
    }
    const pages = pageCount(bundle);
    total += pages;
    return { url: shardUrl(i, period), period, pages };
  });
  for (const e of readdirSync(target))
    if (e.startsWith('p-') && !folders.has(e)) rmSync(join(target, e), { recursive: true, force: true });
  const manifest = { shards };
  writeFileSync(join(target, manifestName), `${JSON.stringify(manifest)}\n`);
  return total;
}
