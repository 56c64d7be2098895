/**
 * Converts Baidu LAC's small lexical-analysis model (`lac_small`: a character BiGRU-CRF tagging
 * words, parts of speech and PER/LOC/ORG/TIME names; Apache-2.0, PaddlePaddle authors) into the
 * project's own compact files under content/models/lac-small/. The weights ship in Debian's
 * `python3-jieba` package; give the .deb (`apt-get download python3-jieba`) or a folder it was
 * extracted into (`dpkg-deb -x`). The ingest reads only the converted files: no apt, no Python.
 * Run: node scripts/models/convertLac.ts python3-jieba_0.42.1-3_all.deb [OUT_DIR]
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPaddleTensor } from './paddleTensor.ts';
import { LAC_PARAMS, type LacManifest, type LacSection } from '../stages/entities/lac/format.ts';

const root = join(import.meta.dirname, '..', '..');
const source = process.argv[2];
const out = process.argv[3] ?? join(root, 'content', 'models', 'lac-small');
if (!source)
  throw new Error('usage: node scripts/models/convertLac.ts <python3-jieba .deb | extracted folder>');

function lacFolder(from: string): string {
  let dir = from;
  if (statSync(from).isFile()) {
    dir = mkdtempSync(join(tmpdir(), 'lac-'));
    execFileSync('dpkg-deb', ['-x', from, dir]);
  }
  const found = execFileSync('find', [dir, '-type', 'd', '-name', 'lac_small'], { encoding: 'utf8' }).trim();
  const folder = found.split('\n')[0] ?? '';
  if (!folder || !existsSync(join(folder, 'model_baseline')))
    throw new Error(`no lac_small model under ${from}`);
  return folder;
}

/** `id<TAB>entry` lines as an array indexed by id ("" where an id is unused). */
function readDict(file: string): string[] {
  const list: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [id, entry] = line.split('\t');
    if (id !== undefined && entry !== undefined && /^\d+$/.test(id)) list[Number(id)] = entry;
  }
  return Array.from(list, (e) => e ?? '');
}

/** Symmetric int8 quantisation, one scale per row of `cols` values. */
function quantiseRows(data: Float32Array, cols: number): { q: Int8Array; scales: Float32Array } {
  const rows = data.length / cols;
  const q = new Int8Array(data.length);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let c = 0; c < cols; c++) max = Math.max(max, Math.abs(data[r * cols + c] ?? 0));
    const scale = max / 127 || 1;
    scales[r] = scale;
    for (let c = 0; c < cols; c++) q[r * cols + c] = Math.round((data[r * cols + c] ?? 0) / scale);
  }
  return { q, scales };
}

const folder = lacFolder(source);
const chunks: Buffer[] = [];
let offset = 0;
const sections: LacSection[] = [];
const push = (bytes: Uint8Array): number => {
  const at = offset;
  chunks.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  offset += bytes.byteLength;
  // Keep every section 4-byte aligned so it can be viewed as a Float32Array in place.
  const pad = (4 - (offset % 4)) % 4;
  if (pad) chunks.push(Buffer.alloc(pad));
  offset += pad;
  return at;
};
for (const name of LAC_PARAMS) {
  const t = readPaddleTensor(readFileSync(join(folder, 'model_baseline', name)));
  if (name === 'word_emb') {
    // The embedding is 4/5 of the model; int8 rows keep the tags (see README.md in the output).
    const cols = t.dims[1] ?? 0;
    const { q, scales } = quantiseRows(t.data, cols);
    const at = push(new Uint8Array(q.buffer));
    sections.push({
      name,
      dims: t.dims,
      dtype: 'i8',
      offset: at,
      scales: push(new Uint8Array(scales.buffer)),
    });
  } else sections.push({ name, dims: t.dims, dtype: 'f32', offset: push(new Uint8Array(t.data.buffer)) });
}
const manifest: LacManifest = {
  format: 1,
  source: 'Baidu LAC lac_small (jieba 0.42.1 jieba/lac_small, Debian python3-jieba)',
  chars: readDict(join(folder, 'word.dic')),
  tags: readDict(join(folder, 'tag.dic')),
  sections,
};
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'weights.bin'), Buffer.concat(chunks));
writeFileSync(join(out, 'model.json'), `${JSON.stringify(manifest)}\n`);
console.log(
  `wrote ${out}: ${offset} bytes of weights, ${manifest.chars.length} characters, ${manifest.tags.length} tags`,
);
console.log(`from ${folder} (${readdirSync(join(folder, 'model_baseline')).length} parameter files)`);
