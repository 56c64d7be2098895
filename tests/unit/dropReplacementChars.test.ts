import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processBlock } from '../../scripts/pipeline.ts';
import { dropReplacementChars } from '../../scripts/stages/dropReplacementChars.ts';
import { loadContext } from '../../scripts/vocab/context.ts';

describe('dropReplacementChars', () => {
  it.each([
    ['no replacement characters', 'Plain text.', 'Plain text.', 0],
    ['one run, spaces inside it', 'Lenovo\uFFFD \uFFFD\uFFFD said', 'Lenovo said', 1],
    ['two runs', '联想\uFFFD发布\uFFFD\uFFFD新品', '联想发布新品', 2],
  ])('%s', (_, input, text, runs) => expect(dropReplacementChars(input)).toEqual({ text, runs }));

  it('reports the runs it removed for the article', () => {
    const ctx = loadContext(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
    const block = {
      file: 'corpus.txt',
      line: 3,
      name: 'broken.txt',
      text: 'A headline about a broken file\n\nThe company said on Monday\uFFFD\uFFFD that it had fixed the problem with its files.',
    };
    const { article, warnings } = processBlock(block, ctx);
    expect(article?.body).not.toContain('\uFFFD');
    expect(warnings.map((w) => [w.kind, w.name, w.line])).toContainEqual([
      'replacement-chars',
      'broken.txt',
      3,
    ]);
  });
});
