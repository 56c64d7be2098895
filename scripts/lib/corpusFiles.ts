import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Expand corpus paths: a file stays itself, a folder gives its `*.txt` files in name order. */
export function corpusFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p)
      .filter((f) => f.toLowerCase().endsWith('.txt'))
      .sort()
      .map((f) => join(p, f))
      .filter((f) => statSync(f).isFile());
  });
}
