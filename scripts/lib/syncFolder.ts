import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFolderAtomically } from './writeAtomically.ts';

/** One file to have in the folder: `key` stands for its content, which `content` makes only when needed. */
export interface FolderFile {
  name: string;
  key: string;
  content: () => string;
}

interface Written {
  key: string;
  size: number;
  mtimeMs: number;
}

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*\.md$/;

/** A short hash of anything that determines a file's content. */
export function contentKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

function readManifest(path: string, version: string): Map<string, Written> {
  try {
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { version: string; files: Record<string, Written> };
    return doc.version === version ? new Map(Object.entries(doc.files)) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Make `dir` hold exactly `files`. A new folder is written whole and swapped in; an existing one
 * is updated in place: a file whose key, size and time match what the last run wrote is left
 * alone, a changed one is written beside and renamed over (never half-written), and files no
 * longer wanted are removed. Adding ten articles to 10,000 then writes ten files, not 10,000.
 * The manifest (`manifest`, tied to `version`: the code that makes the files) remembers what was
 * written; anything it cannot vouch for is rewritten.
 */
export function syncFolder(dir: string, files: FolderFile[], manifest: string, version: string): number {
  for (const f of files)
    if (!SAFE_NAME.test(f.name))
      throw new Error(`refusing to write unsafe file name ${JSON.stringify(f.name)}`);
  const next: Record<string, Written> = {};
  let written = 0;
  if (!existsSync(dir)) {
    writeFolderAtomically(dir, new Map(files.map((f) => [f.name, f.content()])));
    written = files.length;
  } else {
    const before = readManifest(manifest, version);
    const wanted = new Set(files.map((f) => f.name));
    for (const f of files) {
      const path = join(dir, f.name);
      const was = before.get(f.name);
      const now = statSync(path, { throwIfNoEntry: false });
      if (was?.key === f.key && now?.size === was.size && now.mtimeMs === was.mtimeMs) continue;
      writeFileSync(`${path}.tmp`, f.content());
      renameSync(`${path}.tmp`, path);
      written++;
    }
    for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
  }
  for (const f of files) {
    const { size, mtimeMs } = statSync(join(dir, f.name));
    next[f.name] = { key: f.key, size, mtimeMs };
  }
  writeFileSync(`${manifest}.tmp`, JSON.stringify({ version, files: next }));
  renameSync(`${manifest}.tmp`, manifest);
  return written;
}
