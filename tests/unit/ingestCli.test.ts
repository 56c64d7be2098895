import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'content', 'sources', 'sample.txt');

function ingest(out: string, ...paths: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--quiet', '--out', out, ...paths], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stderr: r.stderr };
}
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('ingest CLI', { timeout: 60_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'ingest-'));

  it('with --tag-orgs lists LAC organisation names as report candidates and writes the same articles', () => {
    const corpus = join(work, 'orgs.txt');
    writeFileSync(corpus, '<<<FILE>>> orgs.txt\n统信软件发布新系统\n\n统信软件今天发布新版操作系统。\n');
    const plain = join(work, 'orgs-plain');
    const tagged = join(work, 'orgs-tagged');
    expect(ingest(plain, corpus).status).toBe(0);
    expect(ingest(tagged, '--tag-orgs', corpus).status).toBe(0);
    expect(snapshot(tagged)).toEqual(snapshot(plain));
    const candidates = (file: string) =>
      (JSON.parse(readFileSync(`${file}.report.json`, 'utf8')) as { candidates: { evidence: string }[] })
        .candidates;
    expect(candidates(plain)).toEqual([]);
    expect(candidates(tagged)).toEqual([
      expect.objectContaining({ name: 'Tongxin Software', evidence: 'LAC: 统信软件' }),
    ]);
  });

  it('writes one article per sample block, byte-identical on a second run', () => {
    const out = join(work, 'a');
    expect(ingest(out, sample).status).toBe(0);
    const first = snapshot(out);
    expect(Object.keys(first)).toHaveLength(5);
    expect(ingest(out, sample).status).toBe(0);
    expect(snapshot(out)).toEqual(first);
  });

  it('drops an article whose block left the corpus, and leaves no temporary folders', () => {
    const corpus = join(work, 'two.txt');
    writeFileSync(
      corpus,
      '<<<FILE>>> one.txt\nFirst headline\n\nBody one.\n<<<FILE>>> two.txt\nSecond headline\n\nBody two.\n',
    );
    const out = join(work, 'b');
    ingest(out, corpus);
    expect(readdirSync(out).sort()).toEqual(['one.md', 'two.md']);
    writeFileSync(corpus, '<<<FILE>>> two.txt\nSecond headline\n\nBody two.\n');
    ingest(out, corpus);
    expect(readdirSync(out)).toEqual(['two.md']);
    expect(readdirSync(work).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
  });

  it('gives an article the same id whatever else the corpus holds', () => {
    const alone = join(work, 'alone.txt');
    const crowd = join(work, 'crowd.txt');
    const block = '<<<FILE>>> keep.txt\nA headline\n\nSome text.\n';
    writeFileSync(alone, block);
    writeFileSync(crowd, `<<<FILE>>> before.txt\nOther\n\nx\n${block}<<<FILE>>>\nUnnamed\n\ny\n`);
    ingest(join(work, 'c1'), alone);
    ingest(join(work, 'c2'), crowd);
    expect(
      readFileSync(join(work, 'c2', 'keep.md'), 'utf8')
        .replace(/line: \d+/, '')
        .replace(/file: ".*"/, ''),
    ).toBe(
      readFileSync(join(work, 'c1', 'keep.md'), 'utf8')
        .replace(/line: \d+/, '')
        .replace(/file: ".*"/, ''),
    );
  });

  it('reports duplicates and empty blocks, and still exits 0', () => {
    const corpus = join(work, 'dupes.txt');
    writeFileSync(
      corpus,
      'preamble\n<<<FILE>>> x.txt\nSame\n\nText.\n<<<FILE>>> y.txt\nSame\n\nText.\n<<<FILE>>> empty.txt\n\n',
    );
    const out = join(work, 'd');
    expect(ingest(out, corpus).status).toBe(0);
    expect(readdirSync(out)).toEqual(['x.md']);
    const report = JSON.parse(readFileSync(`${out}.report.json`, 'utf8')) as {
      warnings: { kind: string; line: number; name: string; file: string }[];
    };
    const kinds = report.warnings.map((w) => `${w.kind}@${w.line}:${w.name}`).sort();
    expect(kinds).toEqual(['duplicate@6:y.txt', 'empty-block@10:empty.txt', 'preamble@1:']);
    expect(report.warnings.every((w) => w.file.endsWith('dupes.txt'))).toBe(true);
  });

  it('exits non-zero only when nothing could be read', () => {
    expect(ingest(join(work, 'e'), join(work, 'missing.txt')).status).not.toBe(0);
    expect(existsSync(join(work, 'e'))).toBe(false);
  });
  it('reuses the previous run for unchanged blocks and reprocesses a changed one', () => {
    const corpus = join(work, 'cached.txt');
    const out = join(work, 'f');
    writeFileSync(
      corpus,
      '<<<FILE>>> one.txt\nFirst headline\n\nBody one.\n<<<FILE>>> two.txt\nSecond headline\n\nBody two.\n',
    );
    ingest(out, corpus);
    expect(existsSync(`${out}.cache.json`)).toBe(true);
    const first = snapshot(out);
    ingest(out, corpus);
    expect(snapshot(out)).toEqual(first);
    writeFileSync(
      corpus,
      '<<<FILE>>> one.txt\nFirst headline\n\nBody one.\n<<<FILE>>> two.txt\nSecond headline\n\nBody two, revised.\n',
    );
    ingest(out, corpus);
    const second = snapshot(out);
    expect(second['one.md']).toBe(first['one.md']);
    expect(second['two.md']).toContain('Body two, revised.');
    const uncached = join(work, 'g');
    spawnSync(process.execPath, ['scripts/ingest.ts', '--quiet', '--no-cache', '--out', uncached, corpus], {
      cwd: root,
    });
    expect(snapshot(uncached)).toEqual(second);
  });
});
