import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { byteLines } from '../../src/lib/byteLines.ts';
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
 * the schema, the lockfile, the vocabularies and the model folders the run uses. Any change to
 * a stage, a vocabulary or a dependency gives a new version, and the cache starts afresh.
 */
export function pipelineVersion(root: string, vocab: string, models: string[] = []): string {
  const h = createHash('sha256');
  const inputs = [
    ...walk(join(root, 'scripts')).filter((f) => !f.includes(`${join('scripts', 'bench')}`)),
    join(root, 'src', 'lib', 'articleSchema.ts'),
    join(root, 'src', 'lib', 'slug.ts'),
    join(root, 'package-lock.json'),
  ].sort();
  for (const f of [...inputs, ...walk(vocab).sort(), ...models.flatMap((m) => walk(m).sort())]) {
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

/**
 * Read the cache written by the previous run; empty when missing, unreadable or of another version.
 * The file is JSON lines (a version line, then one entry per line) read from bytes line by line:
 * a 100,000-article cache is larger than the longest string V8 can make.
 */
export function loadCache(path: string, version: string): Map<string, CachedResult> {
  const entries = new Map<string, CachedResult>();
  try {
    let first = true;
    for (const line of byteLines(readFileSync(path))) {
      if (first) {
        if ((JSON.parse(line) as { version?: string }).version !== version) return new Map();
        first = false;
      } else if (line) {
        const [key, entry] = JSON.parse(line) as [string, CachedResult];
        entries.set(key, entry);
      }
    }
    return entries;
  } catch {
    return new Map();
  }
}

/** Write the cache for the next run, one entry per line (atomically, so a crash leaves the old one). */
export function saveCache(path: string, version: string, entries: Map<string, CachedResult>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(`${path}.tmp`, 'w');
  try {
    writeSync(fd, `${JSON.stringify({ version })}\n`);
    let chunk: string[] = [];
    for (const entry of entries) {
      chunk.push(JSON.stringify(entry));
      if (chunk.length === 1000) {
        writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    if (chunk.length) writeSync(fd, `${chunk.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(`${path}.tmp`, path);
}
