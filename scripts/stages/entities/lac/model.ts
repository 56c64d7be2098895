import type { LacManifest, LacSection } from './format.ts';

const H = 128;
const G = 3 * H;

/** One GRU direction: input projection (fc) and recurrent weights, biases folded together. */
export interface GruDirection {
  /** Input projection, held transposed: [3H × inputs] (update | reset | candidate rows). */
  w: Float32Array;
  /** fc bias + GRU bias, [3H]. */
  b: Float32Array;
  /** Recurrent weights, held transposed: [3H × H] (update | reset | candidate rows). */
  u: Float32Array;
}

/** lac_small in memory, ready for `tagChars`. */
export interface LacModel {
  /** Input id of each character the model knows. */
  ids: Map<string, number>;
  oov: number;
  tags: string[];
  /** Embedding rows, int8, with one scale per row. */
  emb: Int8Array;
  embScales: Float32Array;
  dim: number;
  layers: [GruDirection, GruDirection][];
  /** Emission layer, held transposed [tags × 2H], and its bias. */
  outW: Float32Array;
  outB: Float32Array;
  /** CRF: start scores, end scores, transitions [from × to]. */
  start: Float32Array;
  end: Float32Array;
  trans: Float32Array;
  /** Layer-1 input projections per character id (both directions), filled on first use. */
  firstLayer: Map<number, Float32Array>;
}

/** [rows × cols] row-major → [cols × rows] row-major: the tagger takes dot products along rows. */
function transpose(a: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(a.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = a[r * cols + c]!;
  return out;
}

/**
 * Paddle's GRU weight [H, 3H] is two matrices back to back in memory, [H × 2H] (update | reset)
 * then [H × H] (candidate), not one row-major [H × 3H]; reading it as the latter tags nonsense.
 * Returned transposed and stacked: [3H × H].
 */
function gruWeights(w: Float32Array): Float32Array {
  const out = new Float32Array(G * H);
  out.set(transpose(w.subarray(0, 2 * H * H), H, 2 * H), 0);
  out.set(transpose(w.subarray(2 * H * H), H, H), 2 * H * H);
  return out;
}

function view(bin: Uint8Array, s: LacSection | undefined): Float32Array {
  if (!s || s.dtype !== 'f32') throw new Error(`lac model: missing float section ${s?.name ?? ''}`);
  const n = s.dims.reduce((a, b) => a * b, 1);
  return new Float32Array(bin.buffer, bin.byteOffset + s.offset, n).slice();
}

/** Build the in-memory model from the converter's manifest and weights (content/models/lac-small). */
export function lacModel(manifest: LacManifest, weights: Uint8Array): LacModel {
  const byName = new Map(manifest.sections.map((s) => [s.name, s]));
  const f = (name: string) => view(weights, byName.get(name));
  const emb = byName.get('word_emb');
  if (!emb || emb.dtype !== 'i8' || emb.scales === undefined) throw new Error('lac model: no int8 embedding');
  const [rows = 0, dim = 0] = emb.dims;
  const direction = (fc: number, gru: number): GruDirection => {
    const b = f(`fc_${fc}.b_0`);
    const gb = f(`gru_${gru}.b_0`);
    for (let j = 0; j < G; j++) b[j] = (b[j] ?? 0) + (gb[j] ?? 0);
    const w = f(`fc_${fc}.w_0`);
    return { w: transpose(w, w.length / G, G), b, u: gruWeights(f(`gru_${gru}.w_0`)) };
  };
  const crf = f('crfw');
  const n = manifest.tags.length;
  const ids = new Map<string, number>();
  manifest.chars.forEach((c, i) => {
    if (c !== '' && !ids.has(c)) ids.set(c, i);
  });
  return {
    ids,
    oov: ids.get('OOV') ?? rows - 1,
    tags: manifest.tags,
    emb: new Int8Array(weights.buffer, weights.byteOffset + emb.offset, rows * dim).slice(),
    embScales: new Float32Array(weights.buffer, weights.byteOffset + emb.scales, rows).slice(),
    dim,
    layers: [
      [direction(0, 0), direction(1, 1)],
      [direction(2, 2), direction(3, 3)],
    ],
    outW: transpose(f('fc_4.w_0'), 2 * H, n),
    outB: f('fc_4.b_0'),
    start: crf.slice(0, n),
    end: crf.slice(n, 2 * n),
    trans: crf.slice(2 * n),
    firstLayer: new Map(),
  };
}
