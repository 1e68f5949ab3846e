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

/** The ids of a vector's binary features (each present feature has value 1). */
export type FeatureIds = readonly string[];

/** A vector of binary features as the trainer's sparse map. */
export function featureVectorOf(ids: FeatureIds): FeatureVector {
  const vector: Record<string, number> = {};
  for (const id of ids) vector[id] = 1;
  return vector;
}

// A Map answers the many lookups of one prediction faster than the model's plain weight object.
const weightMaps = new WeakMap<LogisticModel, ReadonlyMap<string, number>>();

function weightMap(model: LogisticModel): ReadonlyMap<string, number> {
  let map = weightMaps.get(model);
  if (map === undefined) {
    map = new Map(Object.entries(model.weights));
    weightMaps.set(model, map);
  }
  return map;
}

/**
 * The weight of each of the features, in their order (0 for one the model
 * never saw). A plain array: a typed array of a candidate's few dozen
 * weights is stored outside the heap, and allocating and freeing one per
 * candidate cost more than the lookups.
 */
export function weightsOf(model: LogisticModel, ids: FeatureIds): number[] {
  const weights = weightMap(model);
  const found: number[] = [];
  for (let i = 0; i < ids.length; i += 1) found.push(weights.get(ids[i]!) ?? 0);
  return found;
}

/** The probability from a model's bias and the weights of the present features, summed in their order, so the same text always gives the same bits. */
export function probabilityOfWeights(model: LogisticModel, weights: readonly number[]): number {
  let z = model.bias;
  for (const weight of weights) z += weight;
  return sigmoid(z);
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
