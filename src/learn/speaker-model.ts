/**
 * Training side of the speaker ranker (src/extract/speakers/ranker.ts): the
 * threshold search, building a model from training rows, and its JSON form.
 */
import { MIN_THRESHOLD, roundTo, SPEAKER_MODEL_FORMAT, TARGET_PRECISION, type SpeakerModel, type TrainingSetSummary } from '../extract/speakers/ranker.ts';
import { predictProbability, type LogisticModel } from '../extract/speakers/logistic-model.ts';
import { trainLogistic, type LogisticOptions, type TrainingRow } from './logistic.ts';

export interface ScoredRow {
  probability: number;
  label: 0 | 1;
}

/**
 * How many standard errors the threshold leaves between the kept rows'
 * measured precision and the target: the target is met by the Wilson lower
 * bound at this z, not by the measured share. One (about 84% one-sided): a
 * line drawn where a few hundred out-of-fold rows just touch the target moves
 * with every retrain, and the bound asks more of a precision measured on fewer
 * rows, so the line is drawn where the evidence is broad, not where a handful
 * of lucky rows cross it.
 */
export const PRECISION_BOUND_Z = 1;

/** Wilson score lower bound of the proportion right / n at z standard errors; 0 for no rows. */
export function wilsonLowerBound(right: number, n: number, z: number): number {
  if (n === 0) return 0;
  const share = right / n;
  const z2 = z * z;
  const centre = share + z2 / (2 * n);
  const spread = z * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return (centre - spread) / (1 + z2 / n);
}

/**
 * The line, found by lowering it from the top: the lowest threshold (>=
 * MIN_THRESHOLD, one of the rows' probabilities) down to which the lower bound
 * (wilsonLowerBound at z; z = 0 is the measured share) of the kept rows'
 * (p >= t) precision has stayed at or above the target since it first reached
 * it. Lowering stops at the first threshold where the bound falls below the
 * target again: precision is not monotone in t, and a lower threshold where it
 * climbs back over the target is a lucky run of rows, which a small change of
 * the training rows moves by several hundredths. When the bound never reaches
 * the target, the threshold with the best bound (the lowest of equals); with
 * no row at or above MIN_THRESHOLD, 1 (keep nothing).
 */
export function chooseThreshold(rows: readonly ScoredRow[], target: number = TARGET_PRECISION, z: number = PRECISION_BOUND_Z): number {
  const sorted = rows.filter((row) => row.probability >= MIN_THRESHOLD).sort((a, b) => b.probability - a.probability);
  if (sorted.length === 0) return 1;
  let best = { threshold: sorted[0]!.probability, bound: -1 };
  let line: number | null = null;
  let kept = 0;
  let right = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    kept += 1;
    right += sorted[i]!.label;
    // Rows of equal probability are kept or dropped together: a threshold sits at the last of them.
    if (sorted[i + 1]?.probability === sorted[i]!.probability) continue;
    const threshold = sorted[i]!.probability;
    const bound = wilsonLowerBound(right, kept, z);
    if (bound >= target) line = threshold;
    else if (line !== null) break;
    if (bound >= best.bound) best = { threshold, bound };
  }
  return line ?? best.threshold;
}

/**
 * The median of the lines chooseThreshold draws on each set of rows (the
 * higher middle one for an even count: precision first). Each set holds the
 * same quotes scored out of fold under another assignment of articles to
 * inner folds; which articles happen to train together moves a few wrong rows
 * up or down by hundredths, and one line follows them (0.86 to 0.91 over
 * eight assignments of the same gold). The median of several is the line the
 * gold supports, not the one a fold assignment happened to draw.
 */
export function chooseBaggedThreshold(rowSets: readonly (readonly ScoredRow[])[], target: number = TARGET_PRECISION, z: number = PRECISION_BOUND_Z): number {
  if (rowSets.length === 0) throw new Error('chooseBaggedThreshold: no row sets');
  const lines = rowSets.map((rows) => chooseThreshold(rows, target, z)).sort((a, b) => a - b);
  return lines[Math.ceil((lines.length - 1) / 2)]!;
}

export interface ModelInput {
  rows: readonly TrainingRow[];
  training: TrainingSetSummary[];
  options: LogisticOptions;
  /**
   * Sets of rows with the probabilities the threshold is chosen on (one per
   * inner-fold assignment, see chooseBaggedThreshold); default: the training
   * rows under the fitted model.
   */
  thresholdRowSets?: readonly (readonly ScoredRow[])[];
  targetPrecision?: number;
}

/**
 * Trains on the rows, rounds the weights (the rounded model is the one
 * saved and applied) and picks the threshold on the same rows with it.
 */
export function buildSpeakerModel({ rows, training, options, thresholdRowSets, targetPrecision = TARGET_PRECISION }: ModelInput): SpeakerModel {
  const fitted = trainLogistic(rows, options);
  const weights: Record<string, number> = {};
  for (const id of Object.keys(fitted.weights).sort()) weights[id] = roundTo(fitted.weights[id]!);
  const rounded: LogisticModel = { bias: roundTo(fitted.bias), weights };
  const scored = thresholdRowSets ?? [rows.map((row) => ({ probability: roundTo(predictProbability(rounded, row.features)), label: row.label }))];
  return {
    format: SPEAKER_MODEL_FORMAT,
    threshold: chooseBaggedThreshold(scored, targetPrecision),
    targetPrecision,
    l2: options.l2,
    iterations: options.iterations,
    training,
    ...rounded,
  };
}

/** The committed JSON: fixed key order, no dates, one weight per line. */
export function serializeSpeakerModel(model: SpeakerModel): string {
  const ordered = {
    format: model.format,
    note: 'Written by `npm run train` (scripts/train.ts); see docs/learned-confidence.md. Do not edit by hand.',
    threshold: model.threshold,
    targetPrecision: model.targetPrecision,
    l2: model.l2,
    iterations: model.iterations,
    training: model.training,
    bias: model.bias,
    weights: model.weights,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

