import { join } from 'node:path';
import { stripBoilerplate } from '../../scripts/stages/stripBoilerplate.ts';
import { loadBoilerplate } from '../../scripts/vocab/boilerplate.ts';

/** Expected output is JSON: the kept paragraphs and the removed ones with their kinds. */
export const expected = 'json';

const vocab = loadBoilerplate(join(import.meta.dirname, '..', '..', 'content', 'vocab'));

/** Input is Markdown paragraphs separated by blank lines; a first line `title: …` is the headline. */
export function run(input: string): string {
  const m = /^title: (.*)\n\n/.exec(input);
  const body = m ? input.slice(m[0].length) : input;
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return `${JSON.stringify(stripBoilerplate(paragraphs, vocab, { title: m?.[1] }), null, 2)}\n`;
}
