import { basename, dirname, join } from 'node:path';
import { processBlock, serialiseArticle } from '../../scripts/pipeline.ts';
import { loadContext } from '../../scripts/vocab/context.ts';

/** Expected output is the article file the ingest writes (front matter and text), then the warnings. */
export const expected = 'md';

const ctx = loadContext(join(import.meta.dirname, '..', '..', 'content', 'vocab'));

/** Run one corpus block (the text after its `<<<FILE>>>` line) through the whole per-block chain. */
export function run(input: string, inputFile: string): string {
  const name = basename(dirname(inputFile));
  const { article, warnings } = processBlock({ file: 'corpus.txt', line: 1, name, text: input }, ctx);
  const text = article ? serialiseArticle(article) : '(no article)\n';
  const notes = warnings.map((w) => `- ${w.kind}: ${w.message}`).join('\n');
  return notes ? `${text}\n<!-- warnings\n${notes}\n-->\n` : text;
}
