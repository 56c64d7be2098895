import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Article } from '../pipeline.ts';
import type { Block, Warning } from './types.ts';

/** What the pipeline made of one block, as the cache keeps it. */
export interface CachedResult {
  articles: Article[];
  warnings: Warning[];
}

const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];

/**
 * A fingerprint of everything that shapes the ingest's output besides the corpus: the scripts,
 * the schema, the lockfile and the vocabularies. Any change to
 * a stage, a vocabulary or a dependency gives a new version, and the cache starts afresh.
 */
export function pipelineVersion(root: string, vocab: string): string {
  const h = createHash('sha256');
  const inputs = [
    ...walk(join(root, 'scripts')).filter((f) => !f.includes(`${join('scripts', 'bench')}`)),
    join(root, 'src', 'lib', 'articleSchema.ts'),
    join(root, 'src', 'lib', 'slug.ts'),
    join(root, 'package-lock.json'),
  ].sort();
  for (const f of [...inputs, ...walk(vocab).sort()]) {
    if (existsSync(f)) h.update(f).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 32);
}

/** The cache key of a block: where it is (its origin is part of the output) and what it says. */
export function blockKey(block: Block): string {
  return createHash('sha256')
    .update(`${block.file}\0${block.line}\0${block.name}\0`)
    .update(block.text)
    .digest('hex')
    .slice(0, 32);
}

/** Read the cache written by the previous run; empty when missing, unreadable or of another version. */
export function loadCache(path: string, version: string): Map<string, CachedResult> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as {
      version: string;
      entries: [string, CachedResult][];
    };
    return data.version === version ? new Map(data.entries) : new Map();
  } catch {
    return new Map();
  }
}

/** Write the cache for the next run (atomically, so a crash leaves the old one). */
export function saveCache(path: string, version: string, entries: Map<string, CachedResult>): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify({ version, entries: [...entries] }));
  renameSync(`${path}.tmp`, path);
}
