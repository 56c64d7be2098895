import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAC_PARAMS, type LacManifest } from '../../scripts/stages/entities/lac/format.ts';

const root = join(import.meta.dirname, '..', '..');

/** A Paddle LoDTensor file holding `values` with shape `dims` (FP32). */
function paddleFile(dims: number[], values: number[]): Buffer {
  const desc = Buffer.from([0x08, 5, ...dims.flatMap((d) => [0x10, d])]);
  const head = Buffer.alloc(20);
  head.writeInt32LE(desc.length, 16);
  const data = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => data.writeFloatLE(v, i * 4));
  return Buffer.concat([head, desc, data]);
}

describe('convertLac', { timeout: 30_000 }, () => {
  it('writes every parameter, the embedding as int8 rows, and the character and tag tables', () => {
    const work = mkdtempSync(join(tmpdir(), 'lac-'));
    const lac = join(work, 'usr', 'lib', 'python3', 'dist-packages', 'jieba', 'lac_small');
    mkdirSync(join(lac, 'model_baseline'), { recursive: true });
    const emb = [0.5, -1, 0.25, 0, 2, 1, -2, 0.1];
    for (const name of LAC_PARAMS)
      writeFileSync(
        join(lac, 'model_baseline', name),
        name === 'word_emb' ? paddleFile([2, 4], emb) : paddleFile([3], [1, 2, 3]),
      );
    writeFileSync(join(lac, 'word.dic'), '0\t我\n2\tOOV\n');
    writeFileSync(join(lac, 'tag.dic'), '0\tORG-B\n1\tO\n');
    const out = join(work, 'out');
    const r = spawnSync(process.execPath, ['scripts/models/convertLac.ts', work, out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')) as LacManifest;
    expect(manifest.chars).toEqual(['我', '', 'OOV']);
    expect(manifest.tags).toEqual(['ORG-B', 'O']);
    expect(manifest.sections.map((s) => s.name)).toEqual([...LAC_PARAMS]);
    // A copy of its own starts at offset 0, so every section is aligned for a Float32Array view.
    const bin = new Uint8Array(readFileSync(join(out, 'weights.bin')));
    const [embedding, ...rest] = manifest.sections;
    expect(embedding).toMatchObject({ dtype: 'i8', dims: [2, 4] });
    const scales = new Float32Array(bin.buffer, bin.byteOffset + embedding!.scales!, 2);
    const q = new Int8Array(bin.buffer, bin.byteOffset + embedding!.offset, 8);
    const back = [...q].map((v, i) => v * scales[Math.floor(i / 4)]!);
    back.forEach((v, i) => expect(v).toBeCloseTo(emb[i]!, 1));
    for (const s of rest) {
      expect(s).toMatchObject({ dtype: 'f32', dims: [3] });
      expect(s.offset % 4).toBe(0);
      expect([...new Float32Array(bin.buffer, bin.byteOffset + s.offset, 3)]).toEqual([1, 2, 3]);
    }
  });
});
