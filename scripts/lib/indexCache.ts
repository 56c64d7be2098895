import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort()
    : [];

/**
 * A fingerprint of everything the search index is made from: the articles, the vocabularies
 * (names in both languages), the indexing code and the lockfile (Pagefind's version).
 */
export function indexFingerprint(articles: string, vocab: string, root: string): string {
  const h = createHash('sha256');
  const inputs = [
    ...filesUnder(articles),
    ...filesUnder(vocab),
    ...filesUnder(join(root, 'scripts', 'search')),
    join(root, 'scripts', 'lib', 'indexSite.ts'),
    join(root, 'src', 'scripts', 'search', 'cjk.ts'),
    join(root, 'package-lock.json'),
  ];
  for (const f of inputs) if (existsSync(f)) h.update(f).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 32);
}

/** Copy a cached search bundle into place; false when there is none for this fingerprint. */
export function restoreIndex(cacheDir: string, fingerprint: string, target: string): boolean {
  const cached = join(cacheDir, `pagefind-${fingerprint}`);
  if (!existsSync(cached)) return false;
  rmSync(target, { recursive: true, force: true });
  cpSync(cached, target, { recursive: true });
  return true;
}

/** Keep a copy of a freshly written bundle for the next build, replacing older ones. */
export function storeIndex(cacheDir: string, fingerprint: string, source: string): void {
  for (const old of existsSync(cacheDir)
    ? readdirSync(cacheDir).filter((d) => d.startsWith('pagefind-'))
    : []) {
    rmSync(join(cacheDir, old), { recursive: true, force: true });
  }
  cpSync(source, join(cacheDir, `pagefind-${fingerprint}`), { recursive: true });
}
