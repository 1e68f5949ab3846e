/**
 * A fitted logistic model and its prediction: what extraction needs to apply
 * a learned decision (training is in src/learn/logistic.ts).
 */

/** A sparse feature vector: feature id -> value (absent means 0). */
export type FeatureVector = Readonly<Record<string, number>>;

export interface LogisticModel {
  bias: number;
  /** Feature id -> weight; ids never seen in training are absent (weight 0). */
  weights: Readonly<Record<string, number>>;
}

export function sigmoid(z: number): number {
  // Two forms so a large |z| never overflows exp().
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The model's probability for one feature vector. The sum runs in the
 * vector's own key order: feature code builds every vector in a fixed order,
 * so the same text always gives the same bits (sorting here cost more than
 * the rest of the prediction).
 */
export function predictProbability(model: LogisticModel, features: FeatureVector): number {
  let z = model.bias;
  for (const id in features) z += (model.weights[id] ?? 0) * features[id]!;
  return sigmoid(z);
}
