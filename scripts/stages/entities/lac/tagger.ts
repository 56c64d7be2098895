import type { GruDirection, LacModel } from './model.ts';

const H = 128;
const G = 3 * H;

/** Σ a[ao + k]·b[bo + k] for k < n (n a multiple of 4), four running sums. */
function dot(a: Float32Array, ao: number, b: Float32Array, bo: number, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < n; k += 4) {
    s0 += a[ao + k]! * b[bo + k]!;
    s1 += a[ao + k + 1]! * b[bo + k + 1]!;
    s2 += a[ao + k + 2]! * b[bo + k + 2]!;
    s3 += a[ao + k + 3]! * b[bo + k + 3]!;
  }
  return s0 + s1 + s2 + s3;
}

/** out[t] (G wide) = x[t] (n wide) · W + b, for t < T; `d.w` is held transposed, [G × n]. */
function project(x: Float32Array, n: number, T: number, d: GruDirection): Float32Array {
  const out = new Float32Array(T * G);
  const { w, b } = d;
  for (let t = 0; t < T; t++) for (let j = 0; j < G; j++) out[t * G + j] = b[j]! + dot(x, t * n, w, j * n, n);
  return out;
}

const sigmoid = (v: number): number => 1 / (1 + Math.exp(-v));

/**
 * Run one GRU direction over projected inputs `x` [T × 3H] and write its states into `out`
 * [T × 2H] at column `col`. Paddle's dynamic_gru (origin_mode false): u = σ(xu + h·Uu),
 * r = σ(xr + h·Ur), c = tanh(xc + (r⊙h)·Uc), h = (1 − u)⊙h + u⊙c.
 */
function gru(
  x: Float32Array,
  T: number,
  d: GruDirection,
  reverse: boolean,
  out: Float32Array,
  col: number,
): void {
  const { u } = d;
  const h = new Float32Array(H);
  const z = new Float32Array(H);
  const rh = new Float32Array(H);
  for (let s = 0; s < T; s++) {
    const t = reverse ? T - 1 - s : s;
    const o = t * G;
    for (let j = 0; j < H; j++) {
      z[j] = sigmoid(x[o + j]! + dot(h, 0, u, j * H, H));
      rh[j] = sigmoid(x[o + H + j]! + dot(h, 0, u, (H + j) * H, H)) * h[j]!;
    }
    const at = t * 2 * H + col;
    for (let j = 0; j < H; j++) {
      const c = Math.tanh(x[o + 2 * H + j]! + dot(rh, 0, u, (2 * H + j) * H, H));
      out[at + j] = (1 - z[j]!) * h[j]! + z[j]! * c;
    }
    h.set(out.subarray(at, at + H));
  }
}

/** Layer-1 input projections of one character id, both directions (cached: embedding · W is a table). */
function firstLayer(m: LacModel, id: number): Float32Array {
  const hit = m.firstLayer.get(id);
  if (hit) return hit;
  const row = new Float32Array(m.dim);
  const scale = m.embScales[id] ?? 1;
  for (let k = 0; k < m.dim; k++) row[k] = (m.emb[id * m.dim + k] ?? 0) * scale;
  const [fwd, bwd] = m.layers[0]!;
  const both = new Float32Array(2 * G);
  both.set(project(row, m.dim, 1, fwd), 0);
  both.set(project(row, m.dim, 1, bwd), G);
  m.firstLayer.set(id, both);
  return both;
}

/** Viterbi path through emissions [T × n] under the CRF's start, end and transition scores. */
function viterbi(m: LacModel, e: Float32Array, T: number): number[] {
  const n = m.tags.length;
  let score = new Float32Array(n);
  for (let j = 0; j < n; j++) score[j] = m.start[j]! + e[j]!;
  const back = new Int32Array(T * n);
  for (let t = 1; t < T; t++) {
    const next = new Float32Array(n);
    for (let j = 0; j < n; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < n; i++) {
        const v = score[i]! + m.trans[i * n + j]!;
        if (v > best) {
          best = v;
          arg = i;
        }
      }
      next[j] = best + e[t * n + j]!;
      back[t * n + j] = arg;
    }
    score = next;
  }
  let last = 0;
  for (let j = 1; j < n; j++) if (score[j]! + m.end[j]! > score[last]! + m.end[last]!) last = j;
  const path = new Array<number>(T);
  for (let t = T - 1; t >= 0; t--) {
    path[t] = last;
    last = back[t * n + last]!;
  }
  return path;
}

/**
 * The input id of a character. LAC was trained on text folded to half width (its reader's q2b
 * table): a full-width comma read as itself is taken for part of a name, so NFKC comes first.
 */
function inputId(m: LacModel, ch: string): number {
  const folded = ch.normalize('NFKC');
  return m.ids.get(folded) ?? m.ids.get(ch) ?? m.oov;
}

/** The model's tag (n-B, ORG-I, O …) for each character of `chars`. */
export function tagChars(m: LacModel, chars: string[]): string[] {
  const T = chars.length;
  if (T === 0) return [];
  const [l1f, l1b] = m.layers[0]!;
  const [l2f, l2b] = m.layers[1]!;
  const x1f = new Float32Array(T * G);
  const x1b = new Float32Array(T * G);
  chars.forEach((ch, t) => {
    const p = firstLayer(m, inputId(m, ch));
    x1f.set(p.subarray(0, G), t * G);
    x1b.set(p.subarray(G), t * G);
  });
  const h1 = new Float32Array(T * 2 * H);
  gru(x1f, T, l1f, false, h1, 0);
  gru(x1b, T, l1b, true, h1, H);
  const h2 = new Float32Array(T * 2 * H);
  gru(project(h1, 2 * H, T, l2f), T, l2f, false, h2, 0);
  gru(project(h1, 2 * H, T, l2b), T, l2b, true, h2, H);
  const n = m.tags.length;
  const e = new Float32Array(T * n);
  for (let t = 0; t < T; t++)
    for (let j = 0; j < n; j++) e[t * n + j] = m.outB[j]! + dot(h2, t * 2 * H, m.outW, j * 2 * H, 2 * H);
  return viterbi(m, e, T).map((i) => m.tags[i] ?? 'O');
}
