import { basename, dirname, join } from 'node:path';
import { extractMeta } from '../../scripts/stages/extractMeta.ts';
import { loadSites } from '../../scripts/vocab/sites.ts';
import type { Removed } from '../../scripts/lib/types.ts';

/** Expected output is JSON: the metadata, the body paragraphs and the warnings. */
export const expected = 'json';

const sites = loadSites(join(import.meta.dirname, '..', '..', 'content', 'vocab'));

/** Run the metadata stage on `{ data, kept, removed }` written by hand from an article. */
export function run(input: string, inputFile: string): string {
  const {
    data = {},
    kept = [],
    removed = [],
  } = JSON.parse(input) as {
    data?: Record<string, unknown>;
    kept?: string[];
    removed?: Removed[];
  };
  const where = { file: 'corpus.txt', line: 1, name: basename(dirname(inputFile)) };
  return JSON.stringify(extractMeta({ data, kept, removed, where }, sites), null, 2) + '\n';
}
