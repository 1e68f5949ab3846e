/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS) with a
 * fixed number of steps. Rows are sparse binary-or-real feature maps keyed by
 * stable string ids. No randomness and a fixed feature order (ids sorted), so
 * the same rows always give the same weights, bit for bit.
 */
import { sigmoid, type FeatureVector, type LogisticModel } from '../extract/speakers/logistic-model.ts';

// Prediction lives with extraction, which applies the models; training code reads it from here too.
export { predictProbability, sigmoid, type FeatureVector, type LogisticModel } from '../extract/speakers/logistic-model.ts';

export interface TrainingRow {
  features: FeatureVector;
  /** 1 when the outcome happened (the speaker is right), else 0. */
  label: 0 | 1;
}

export interface LogisticOptions {
  /** Strength of the L2 penalty on the weights (not on the bias). */
  l2: number;
  /** Newton steps; the loss is strictly convex, so a few dozen reach machine precision on small data. */
  iterations: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = { l2: 1, iterations: 30 };




/** Solves A x = b for a symmetric positive definite A (Cholesky); A and b are not changed. */
export function solveSymmetric(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (!(sum > 0)) throw new Error(`solveSymmetric: matrix is not positive definite (pivot ${i} is ${sum})`);
        l[i]![i] = Math.sqrt(sum);
      } else l[i]![j] = sum / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    let sum = b[i]!;
    for (let k = 0; k < i; k += 1) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k += 1) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

/**
 * A tiny ridge on the bias keeps the Hessian invertible when every
 * probability has saturated at 0 or 1; it is far below anything that moves
 * the fit on real data.
 */
const BIAS_RIDGE = 1e-9;
const MAX_HALVINGS = 30;

/**
 * Minimises sum(log loss) + l2/2 * |w|^2 over the weights and an unpenalised
 * bias. Index 0 of the internal vector is the bias; features follow in id order.
 */
export function trainLogistic(rows: readonly TrainingRow[], options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS): LogisticModel {
  if (rows.length === 0) throw new Error('trainLogistic: no training rows');
  if (!(options.l2 > 0)) throw new Error(`trainLogistic: l2 must be > 0 (got ${options.l2})`);
  const ids = [...new Set(rows.flatMap((row) => Object.keys(row.features)))].sort();
  const index = new Map(ids.map((id, i) => [id, i + 1]));
  const n = ids.length + 1;
  // Each row as parallel column and value arrays, the bias column (0) first; index loops keep the inner products fast.
  const sparse = rows.map((row) => {
    const ids = Object.keys(row.features)
      .sort()
      .filter((id) => row.features[id] !== 0);
    return {
      columns: Int32Array.from([0, ...ids.map((id) => index.get(id)!)]),
      values: Float64Array.from([1, ...ids.map((id) => row.features[id]!)]),
      label: row.label,
    };
  });
  const margin = (at: readonly number[], r: number): number => {
    const { columns, values } = sparse[r]!;
    let z = 0;
    for (let i = 0; i < columns.length; i += 1) z += at[columns[i]!]! * values[i]!;
    return z;
  };

  const loss = (at: readonly number[]): number => {
    let sum = 0;
    for (let i = 1; i < n; i += 1) sum += (options.l2 / 2) * at[i]! * at[i]!;
    for (let r = 0; r < sparse.length; r += 1) {
      const z = margin(at, r);
      // log(1 + e^-|z|) + max(z, 0) - label*z, stable for any z.
      sum += Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - sparse[r]!.label * z;
    }
    return sum;
  };

  const theta = new Array<number>(n).fill(0);
  for (let step = 0; step < options.iterations; step += 1) {
    const gradient = theta.map((value, i) => (i === 0 ? 0 : options.l2 * value));
    const hessian: number[][] = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i !== j ? 0 : i === 0 ? BIAS_RIDGE : options.l2)),
    );
    for (let r = 0; r < sparse.length; r += 1) {
      const { columns, values, label } = sparse[r]!;
      const p = sigmoid(margin(theta, r));
      const residual = p - label;
      const w = p * (1 - p);
      for (let a = 0; a < columns.length; a += 1) {
        const c = columns[a]!;
        const v = values[a]!;
        gradient[c]! += residual * v;
        const hessianRow = hessian[c]!;
        for (let b = 0; b < columns.length; b += 1) {
          const d = columns[b]!;
          if (d <= c) hessianRow[d]! += w * v * values[b]!;
        }
      }
    }
    for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) hessian[i]![j] = hessian[j]![i]!;
    const delta = solveSymmetric(hessian, gradient);
    // Backtracking keeps every step downhill: plain Newton can overshoot far from the optimum.
    const before = loss(theta);
    let scale = 1;
    let next = theta.map((value, i) => value - delta[i]!);
    for (let halving = 0; halving < MAX_HALVINGS && loss(next) > before; halving += 1) {
      scale /= 2;
      next = theta.map((value, i) => value - scale * delta[i]!);
    }
    for (let i = 0; i < n; i += 1) theta[i] = next[i]!;
  }

  const weights: Record<string, number> = {};
  ids.forEach((id, i) => (weights[id] = theta[i + 1]!));
  return { bias: theta[0]!, weights };
}
