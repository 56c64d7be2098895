import { join } from 'node:path';
import { normaliseText } from '../../scripts/stages/normaliseText.ts';
import { readFrontMatter } from '../../scripts/stages/readFrontMatter.ts';
import { cleanBody } from '../../scripts/stages/clean/cleanBody.ts';
import { loadBoilerplate } from '../../scripts/vocab/boilerplate.ts';

/** Expected output is Markdown: the kept paragraphs, then each removed one with its kind. */
export const expected = 'md';

const vocab = loadBoilerplate(join(import.meta.dirname, '..', '..', 'content', 'vocab'));

/** Run the whole cleaning chain on a raw block, as the pipeline does. */
export function run(input: string): string {
  const fm = readFrontMatter(normaliseText(input));
  const title = typeof fm.data.title === 'string' ? fm.data.title : undefined;
  const { kept, removed } = cleanBody(fm.body, vocab, { title });
  const lines = removed.map((r) => `- ${r.kind}: ${r.text}`);
  return `${kept.join('\n\n')}\n\n<!-- removed -->\n${lines.join('\n')}\n`;
}
