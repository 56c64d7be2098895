import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The committed hostile corpora (tests/fixtures/hostile/*.txt). */
export const hostileFixtures = join(import.meta.dirname, '..', 'fixtures', 'hostile');

/** Name of the run-time corpus file with the blocks too big to commit. */
export const generatedName = 'zz-generated.txt';

/** A 5,000-character block name, kept here so tests can look its block up. */
export const longName = `${'long-name-'.repeat(499)}x.txt`.slice(0, 5000);

const paragraph = (i: number) =>
  `<p>Paragraph ${i}: the company said revenue rose by ${i % 97} per cent in quarter ${i % 4}, and it opened an office.</p>\n`;

/** Blocks too big to commit: built at run time, in the corpus format, with their names. */
export function generatedBlocks(): { name: string; text: string }[] {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < 2_000_000; i++) {
    const p = paragraph(i);
    parts.push(p);
    size += p.length;
  }
  return [
    { name: 'two-megabytes.txt', text: `A two-megabyte block\n\n${parts.join('')}` },
    { name: 'long-line.txt', text: `A 50,000-character line\n\n${'word '.repeat(10_000)}\n` },
    { name: 'long-line-no-breaks.txt', text: `One 50,000-character word\n\n${'x'.repeat(50_000)}\n` },
    {
      name: 'long-line-of-brackets.txt',
      text: `A line of angle brackets\n\nBrackets: ${'<'.repeat(50_000)}\n`,
    },
    {
      name: 'nested-divs.txt',
      text: `Five thousand nested divs\n\n${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}\n`,
    },
    {
      name: 'nested-unclosed.txt',
      text: `Five thousand unclosed tags\n\n${'<b><i>'.repeat(2500)}deep unclosed text\n`,
    },
    {
      name: 'nested-lists.txt',
      text: `Five thousand nested lists\n\n${'<ul><li>'.repeat(5000)}deep list text\n`,
    },
    {
      name: 'nested-quotes.txt',
      text: `Five thousand nested quotes\n\n${'>'.repeat(5000)} deep quoted text\n`,
    },
    { name: longName, text: 'A block with a 5,000-character name\n\nIts name is far too long for a file.\n' },
  ];
}

/** Write the generated corpus file; returns its path. */
export function writeGeneratedCorpus(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    generatedBlocks()
      .map((b) => `<<<FILE>>> ${b.name}\n${b.text}`)
      .join(''),
  );
  return path;
}
