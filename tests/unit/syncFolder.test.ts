import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syncFolder, type FolderFile } from '../../scripts/lib/syncFolder.ts';

const work = mkdtempSync(join(tmpdir(), 'sync-folder-'));
const dir = join(work, 'out');
const manifest = join(work, 'out.files.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Files whose content is their key; `made` lists the ones whose content was asked for. */
function files(spec: Record<string, string>, made: string[]): FolderFile[] {
  return Object.entries(spec).map(([name, key]) => ({
    name,
    key,
    content: () => (made.push(name), `text ${key}\n`),
  }));
}
const read = () => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('syncFolder', () => {
  it('writes a new folder whole, then only what changed', () => {
    const made: string[] = [];
    expect(syncFolder(dir, files({ 'a.md': '1', 'b.md': '2', 'c.md': '3' }, made), manifest, 'v1')).toBe(3);
    made.length = 0;
    expect(syncFolder(dir, files({ 'a.md': '1', 'b.md': '2', 'c.md': '3' }, made), manifest, 'v1')).toBe(0);
    expect(made).toEqual([]);
    // b changes, c goes, d arrives.
    expect(syncFolder(dir, files({ 'a.md': '1', 'b.md': '2x', 'd.md': '4' }, made), manifest, 'v1')).toBe(2);
    expect(made.sort()).toEqual(['b.md', 'd.md']);
    expect(read()).toEqual({ 'a.md': 'text 1\n', 'b.md': 'text 2x\n', 'd.md': 'text 4\n' });
  });

  it('rewrites a file changed behind its back, and everything for another version', () => {
    const spec = { 'a.md': '1', 'b.md': '2x', 'd.md': '4' };
    writeFileSync(join(dir, 'a.md'), 'edited by hand, longer\n');
    writeFileSync(join(dir, 'stray.tmp'), 'left by a crash\n');
    const made: string[] = [];
    expect(syncFolder(dir, files(spec, made), manifest, 'v1')).toBe(1);
    expect(read()).toEqual({ 'a.md': 'text 1\n', 'b.md': 'text 2x\n', 'd.md': 'text 4\n' });
    expect(syncFolder(dir, files(spec, made), manifest, 'v2')).toBe(3);
  });

  it('refuses an unsafe file name before writing anything', () => {
    expect(() => syncFolder(dir, files({ '../x.md': '1' }, []), manifest, 'v2')).toThrow(/unsafe file name/);
  });
});
