import { join } from 'node:path';
import { detectDigest } from '../../scripts/stages/detectDigest.ts';
import { loadContext } from '../../scripts/vocab/context.ts';

/** Expected output is JSON: the verdict and the figures it rests on. */
export const expected = 'json';

const ctx = loadContext(join(import.meta.dirname, '..', '..', 'content', 'vocab'));

/** Run the digest detector on `{ lang, paragraphs }` (Markdown paragraphs, written by hand). */
export function run(input: string): string {
  const { lang = 'en', paragraphs = [] } = JSON.parse(input) as { lang?: 'en' | 'zh'; paragraphs?: string[] };
  return JSON.stringify(detectDigest({ paragraphs, lang }, ctx), null, 2) + '\n';
}
