import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitCorpus } from '../../scripts/stages/splitCorpus.ts';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'stable-urls-'));
type Block = { name: string; text: string };

// The five sample articles plus hand-written blocks whose ids take each path through articleId:
// plain names, Chinese names (pinyin + hash), unsafe names (slug + hash), reserved and unnamed.
const sample = splitCorpus(
  readFileSync(join(root, 'content', 'sources', 'sample.txt'), 'utf8'),
  'sample.txt',
).blocks;
const base: Block[] = [
  ...sample.map((b) => ({ name: b.name, text: b.text })),
  { name: 'plain-name.txt', text: 'Huawei opens a store\n\nHuawei opened a store in Jinan on Friday.\n' },
  { name: '华为开店.txt', text: '华为开店\n\n华为周五在济南开设了一家门店。\n' },
  { name: '../unsafe/name.txt', text: 'An unsafe name\n\nThe block name looks like a path.\n' },
  { name: 'CON', text: 'A reserved name\n\nThe block name is a device name.\n' },
  { name: '', text: 'An unnamed block\n\nIts id comes from its text.\n' },
];
const extra = (i: number): Block => ({
  name: `extra-${i}.txt`,
  text: `Extra story ${i}\n\nTencent said on day ${i} that sales rose.\n`,
});
// A split block's text has no final newline: add one so the next marker starts a line.
const corpus = (blocks: Block[]) =>
  blocks.map((b) => `<<<FILE>>> ${b.name}\n${b.text.replace(/\n?$/, '\n')}`).join('');

/** Ingest blocks (as one file, or one file per block in a folder) and map each block to its article. */
function ingest(label: string, blocks: Block[], asFolder = false): Map<string, { id: string; body: string }> {
  const dir = join(work, label);
  mkdirSync(dir, { recursive: true });
  let input = join(dir, 'corpus.txt');
  if (asFolder) {
    input = join(dir, 'corpus');
    mkdirSync(input);
    blocks.forEach((b, i) => writeFileSync(join(input, `${String(i).padStart(3, '0')}.txt`), corpus([b])));
  } else writeFileSync(input, corpus(blocks));
  const out = join(dir, 'out');
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--quiet', '--out', out, input], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  const byBlock = new Map<string, { id: string; body: string }>();
  for (const f of readdirSync(out)) {
    const md = readFileSync(join(out, f), 'utf8');
    const name = JSON.parse(/\n {2}name: (".*")\n/.exec(md)?.[1] ?? '""') as string;
    const body = md.slice(md.indexOf('\n---\n', 4) + 5);
    expect(/\nid: "([^"]+)"/.exec(md)?.[1]).toBe(f.slice(0, -3));
    byBlock.set(`${name}\n${/\ntitle: (".*")\n/.exec(md)?.[1]}`, { id: f.slice(0, -3), body });
  }
  return byBlock;
}

describe('article URLs are stable', () => {
  const before = ingest('base', base);

  /** Every article of the base run that is still in `after` keeps its id, file name and body. */
  const expectKept = (after: Map<string, { id: string; body: string }>, dropped: string[] = []) => {
    let kept = 0;
    for (const [key, article] of before) {
      if (dropped.some((name) => key.startsWith(`${name}\n`))) continue;
      expect(after.get(key), key).toEqual(article);
      kept++;
    }
    expect(kept).toBe(before.size - dropped.length);
  };

  it('gives every base block its own article', () => {
    expect(before.size).toBe(base.length);
  });

  it('when other articles are added before, between and after', () => {
    const blocks = [extra(1), ...base.slice(0, 4), extra(2), extra(3), ...base.slice(4), extra(4)];
    expectKept(ingest('added', blocks));
  });

  it('when other articles are removed', () => {
    const removed = [base[1], base[6], base[9]] as Block[];
    expectKept(
      ingest(
        'removed',
        base.filter((b) => !removed.includes(b)),
      ),
      removed.map((b) => b.name),
    );
  });

  it('when the corpus is reversed', () => {
    expectKept(ingest('reversed', [...base].reverse()));
  });

  it('when the same blocks arrive as a folder of files', () => {
    expectKept(ingest('folder', [...base].reverse(), true));
  });

  it('when another article clashes with one name or duplicates one text, the rest keep theirs', () => {
    const clash = { name: 'plain-name.txt', text: 'Another story under a used name\n\nDifferent text.\n' };
    const copy = { name: 'zzz-copy.txt', text: base[0]?.text ?? '' };
    // Two different texts under one name cannot both keep the plain id (the report says so);
    // every other article must be untouched, and the duplicate keeps the original's id.
    expectKept(ingest('clash', [...base, clash, copy]), ['plain-name.txt']);
  });
});
