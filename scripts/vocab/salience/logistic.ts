import type { Row } from './evidenceRows.ts';

/** Fit an L2-regularised logistic regression by gradient descent (small data: a few hundred rows). */
export function fitLogistic(rows: Row[], names: string[], lambda = 0.5, steps = 3000, rate = 0.3): number[] {
  const w = new Array<number>(names.length).fill(0);
  const xs = rows.map((r) => names.map((n) => r.features[n] ?? 0));
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(names.length).fill(0);
    rows.forEach((r, i) => {
      const x = xs[i]!;
      const p = 1 / (1 + Math.exp(-x.reduce((z, v, k) => z + v * w[k]!, 0)));
      const err = p - (r.label ? 1 : 0);
      for (let k = 0; k < x.length; k++) grad[k]! += err * x[k]!;
    });
    for (let k = 0; k < w.length; k++) {
      const reg = names[k] === 'bias' ? 0 : lambda * w[k]!;
      w[k]! -= (rate * (grad[k]! + reg)) / rows.length;
    }
  }
  return w;
}

/** Probability per row under weights `w`. */
export function predict(rows: Row[], names: string[], w: number[]): number[] {
  return rows.map((r) => 1 / (1 + Math.exp(-names.reduce((z, n, k) => z + (r.features[n] ?? 0) * w[k]!, 0))));
}

/** Micro precision, recall and F1 of the rows scoring ≥ threshold, `missed` gold names added to fn. */
export function prf(rows: Row[], scores: number[], threshold: number, missed: number) {
  let tp = 0;
  let fp = 0;
  let fn = missed;
  rows.forEach((r, i) => {
    const on = scores[i]! >= threshold;
    if (on && r.label) tp++;
    else if (on) fp++;
    else if (r.label) fn++;
  });
  const p = tp + fp ? tp / (tp + fp) : 1;
  const rec = tp + fn ? tp / (tp + fn) : 1;
  return { p, r: rec, f1: p + rec ? (2 * p * rec) / (p + rec) : 0, tp, fp, fn };
}

/** The threshold with the best F1 on these rows. */
export function bestThreshold(rows: Row[], scores: number[], missed: number): number {
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8 + 1e-9; t += 0.05) {
    const { f1 } = prf(rows, scores, t, missed);
    if (f1 > best.f1) best = { t: Math.round(t * 100) / 100, f1 };
  }
  return best.t;
}
