import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/**
 * Replace a whole folder of files in one swap: write everything into a temporary sibling, then
 * rename it into place. A crash part-way leaves the old folder untouched.
 */
export function writeFolderAtomically(dir: string, files: Map<string, string>): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(dir)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(dir)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  for (const [name, content] of files) {
    // Names come from article ids (lowercase ASCII slugs); refuse anything else outright.
    if (!/^[a-z0-9][a-z0-9-]*\.md$/.test(name))
      throw new Error(`refusing to write unsafe file name ${JSON.stringify(name)}`);
    writeFileSync(join(tmp, name), content, { flag: 'wx' });
  }
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}
