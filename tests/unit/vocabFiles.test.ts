import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadContext } from '../../scripts/vocab/context.ts';
import { readVocabFile, readVocabFiles, usePreloaded } from '../../scripts/vocab/vocabFiles.ts';

describe('vocabulary files parsed once and handed over', () => {
  it('compiles the same vocabularies from preloaded data as from the files', () => {
    const fresh = loadContext('content/vocab');
    usePreloaded(structuredClone(readVocabFiles('content/vocab')));
    // node's comparison: vitest's deep equality is far too slow for a 64 Ki-entry trie table.
    expect(isDeepStrictEqual(loadContext('content/vocab'), fresh)).toBe(true);
  });

  it('uses preloaded data once, then reads the file again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    const file = join(dir, 'x.yml');
    writeFileSync(file, 'name: 联想\n');
    usePreloaded(readVocabFiles(dir));
    writeFileSync(file, 'name: Lenovo\n');
    expect(readVocabFile(file)).toEqual({ name: '联想' });
    expect(readVocabFile(file)).toEqual({ name: 'Lenovo' });
  });

  it('leaves a broken file to its loader, which reports it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    writeFileSync(join(dir, 'bad.yml'), 'a: [unclosed\n');
    writeFileSync(join(dir, 'good.json'), '{"a": 1}');
    expect(Object.keys(readVocabFiles(dir)).map((p) => p.slice(dir.length + 1))).toEqual(['good.json']);
    expect(() => readVocabFile(join(dir, 'bad.yml'))).toThrow();
  });
});
