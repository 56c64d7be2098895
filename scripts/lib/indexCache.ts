import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { withoutOrigin } from '../../src/lib/contentDigest.ts';

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort()
    : [];

/**
 * A fingerprint of what every shard shares: the vocabularies (names in both languages), the
 * indexing code and the lockfile (Pagefind's version).
 */
export function sharedFingerprint(vocab: string, root: string): string {
  const h = createHash('sha256');
  const inputs = [
    ...filesUnder(vocab),
    ...filesUnder(join(root, 'scripts', 'search')),
    join(root, 'src', 'scripts', 'search', 'cjk.ts'),
    join(root, 'src', 'scripts', 'search', 'suggest.ts'),
    join(root, 'src', 'lib', 'shard.ts'),
    join(root, 'package-lock.json'),
  ];
  for (const f of inputs) if (existsSync(f)) h.update(f).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/**
 * A shard's fingerprint: what all shards share, its place in the plan, and its articles' files
 * but for their corpus origin, which the index does not hold (so an earlier block removed from
 * the corpus rebuilds no shard).
 */
export function shardFingerprint(
  shared: string,
  shard: string,
  articlesDir: string,
  files: string[],
): string {
  const h = createHash('sha256').update(shared).update('\0').update(shard).update('\0');
  for (const f of files)
    h.update(f)
      .update('\0')
      .update(withoutOrigin(readFileSync(join(articlesDir, f), 'utf8')))
      .update('\0');
  return h.digest('hex').slice(0, 32);
}

/** The cache folder of a shard with this fingerprint: its bundle. */
export function shardCacheDir(cacheDir: string, fingerprint: string): string {
  return join(cacheDir, 'search-shards', fingerprint);
}

/** The cached bundle of a shard (it may not exist yet). */
export function bundlePath(dir: string): string {
  return join(dir, 'bundle');
}

/** Move a freshly written bundle into the cache (whole or not at all, so a crash never leaves half). */
export function storeBundle(dir: string, written: string): string {
  const target = bundlePath(dir);
  mkdirSync(dir, { recursive: true });
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(written, target);
  } catch {
    cpSync(written, target, { recursive: true });
  }
  return target;
}

/** Drop cached shards this build no longer uses, so the cache holds one archive's worth. */
export function pruneShards(cacheDir: string, keep: Set<string>): void {
  const dir = join(cacheDir, 'search-shards');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (!keep.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}
