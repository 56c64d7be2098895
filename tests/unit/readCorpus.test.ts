import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPieces, readCorpus } from '../../scripts/lib/readCorpus.ts';

const dir = join(import.meta.dirname, '..', '.artifacts', 'read-corpus');

// A file too large for one JavaScript string (over ~512 MB) is read in pieces; reading in pieces
// must give exactly what reading whole gives, line numbers and warnings included.
describe('reading a corpus in pieces', () => {
  const parts = [
    Buffer.from('\uFEFFstray preamble\n'),
    Buffer.from('<<<FILE>>> one.txt\r\nTitle one\r\nBody <<<FILE>>> not a marker\r\n'),
    Buffer.from('<<<FILE>>> empty\n\n  \n'),
    Buffer.from('<<<FILE>>> bad-bytes\nTitle\nbroken \xff\xfe here\n'.replace(/[\xff\xfe]/g, ''), 'latin1'),
    Buffer.from([0xff, 0xfe, 0x0a]),
    Buffer.from('<<<FILE>>> cr\rTitle with CR\rtext 中文\r'),
    ...Array.from({ length: 40 }, (_, i) => Buffer.from(`<<<FILE>>> n${i}\nTitle ${i}\n联想 body ${i}\n\n`)),
  ];
  const file = join(dir, 'corpus.txt');
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, Buffer.concat(parts));

  it('gives the same blocks, lines and warnings whatever the piece size', () => {
    const whole = readCorpus([file]);
    expect(whole.blocks.length).toBe(43);
    expect(whole.warnings.map((w) => w.kind).sort()).toEqual(['empty-block', 'invalid-utf8', 'preamble']);
    for (const size of [1, 50, 333, 4096]) expect(readCorpus([file], size)).toEqual(whole);
  });

  it('cuts only before a marker at the start of a line', () => {
    const bytes = Buffer.from('<<<FILE>>> a\nx <<<FILE>>> y\n<<<FILE>>> b\nz\n');
    const pieces = corpusPieces(bytes, 1).map((p) => p.toString());
    expect(pieces).toEqual(['<<<FILE>>> a\nx <<<FILE>>> y\n', '<<<FILE>>> b\nz\n']);
  });
});
