/**
 * Training of the kind model (kind-model.ts): the lines chosen on
 * out-of-fold probabilities, the training plan, the fit, and the committed
 * JSON. Deterministic: features in id order, rounded weights, sorted keys.
 */
import { innerFoldOf, logLoss } from './cross-validate.ts';
import { KIND_MODEL_FORMAT, roundTo, type KindModel, type KindTrainingSetSummary } from './kind-model.ts';
import { predictProbability, trainLogistic, type LogisticModel, type LogisticOptions, type TrainingRow } from './logistic.ts';

/** Share of the quotes the model takes out of speech that must be gold not-speech (out of fold). */
export const KIND_TARGET_PRECISION = 0.9;

/** A quote is never taken out of speech below this probability, whatever the threshold search says. */
export const MIN_KIND_THRESHOLD = 0.5;

/** Share of the rules' not-speech quotes given back to speech that must be gold speech. */
export const SPEECH_TARGET_PRECISION = 0.9;

/** One labelled quote: its features, whether it is gold not-speech, and whether the rules called it so. */
export interface KindRow extends TrainingRow {
  rulesNotSpeech: boolean;
}

export interface ScoredKindRow {
  probability: number;
  label: 0 | 1;
  rulesNotSpeech: boolean;
}

/**
 * The lowest threshold (>= MIN_KIND_THRESHOLD, one of the rows'
 * probabilities) at which the quotes the rules call speech with p >= t are
 * gold not-speech at the target precision. When no threshold reaches it, 1:
 * taking nothing out is safer than taking out speech at a worse precision.
 */
export function chooseKindThreshold(rows: readonly ScoredKindRow[], target: number = KIND_TARGET_PRECISION): number {
  const speech = rows.filter((row) => !row.rulesNotSpeech);
  const candidates = [...new Set(speech.map((row) => row.probability).filter((p) => p >= MIN_KIND_THRESHOLD))].sort((a, b) => a - b);
  for (const threshold of candidates) {
    const taken = speech.filter((row) => row.probability >= threshold);
    if (taken.filter((row) => row.label === 1).length / taken.length >= target) return threshold;
  }
  return 1;
}

/**
 * The highest line (< 0.5, one of the rows' probabilities) at which the
 * quotes the rules call not-speech with p <= line are gold speech at the
 * target precision; null when there is none (the rules' not-speech stays).
 */
export function chooseSpeechLine(rows: readonly ScoredKindRow[], target: number = SPEECH_TARGET_PRECISION): number | null {
  const notSpeech = rows.filter((row) => row.rulesNotSpeech);
  const candidates = [...new Set(notSpeech.map((row) => row.probability).filter((p) => p < MIN_KIND_THRESHOLD))].sort((a, b) => b - a);
  for (const line of candidates) {
    const given = notSpeech.filter((row) => row.probability <= line);
    if (given.filter((row) => row.label === 0).length / given.length >= target) return line;
  }
  return null;
}

/** What training needs of an article: where it comes from and its labelled quotes. */
export interface KindArticleRows {
  set: string;
  name: string;
  rows: KindRow[];
}

/** How a kind model is trained: the penalties to choose from, the inner folds, and which sets choose the thresholds. */
export interface KindTrainingPlan {
  iterations: number;
  /** L2 penalties tried; the one with the lowest out-of-fold log loss is kept (the smallest of equals). */
  l2Grid: readonly number[];
  innerFolds: number;
  /** Whether a set's rows take part in choosing the thresholds (all of them train the weights). */
  choosesThreshold: (set: string) => boolean;
  /** Feature ids starting with one of these get no weight (they are left out of every fit). */
  leaveOut: readonly string[];
}

/**
 * The plan of `scripts/kind-cv.ts`: strong penalties, since not-speech rows
 * are few. The rules' own evidence (`rules-kind`, `rules-rule`,
 * `rules-speaker`) is left out of the weights: out of fold it crowds out the
 * shape of the quote and its context (the rules call nearly every not-speech
 * of the invented sets right, so their kind says little about the real
 * pages), and the log loss on the real pages is lower without it
 * (docs/learned-kind.md). The rules' kind still counts through the decision:
 * only a quote the rules call speech can be taken out.
 */
export const DEFAULT_KIND_PLAN: KindTrainingPlan = {
  iterations: 15,
  l2Grid: [10, 30, 100],
  innerFolds: 5,
  choosesThreshold: () => true,
  leaveOut: ['rules-'],
};

/** The rows with the features a plan leaves out removed. */
export function withoutLeftOut(rows: readonly KindRow[], leaveOut: readonly string[]): KindRow[] {
  if (leaveOut.length === 0) return [...rows];
  return rows.map((row) => {
    const features: Record<string, number> = {};
    for (const [id, value] of Object.entries(row.features)) if (!leaveOut.some((prefix) => id.startsWith(prefix))) features[id] = value;
    return { ...row, features };
  });
}

function scoreRows(model: LogisticModel, rows: readonly KindRow[]): ScoredKindRow[] {
  return rows.map((row) => ({ probability: roundTo(predictProbability(model, row.features)), label: row.label, rulesNotSpeech: row.rulesNotSpeech }));
}

/** Every article's rows scored by a model trained on the other inner folds with one penalty. */
function outOfFold(articles: readonly KindArticleRows[], plan: KindTrainingPlan, l2: number): { article: KindArticleRows; rows: ScoredKindRow[] }[] {
  const inner = articles.map((article) => innerFoldOf(article.set, article.name, plan.innerFolds));
  const scored: { article: KindArticleRows; rows: ScoredKindRow[] }[] = [];
  for (let fold = 0; fold < plan.innerFolds; fold += 1) {
    const held = articles.filter((_, i) => inner[i] === fold);
    const training = articles.filter((_, i) => inner[i] !== fold).flatMap((article) => article.rows);
    if (held.length === 0 || training.length === 0) continue;
    const model = trainLogistic(training, { l2, iterations: plan.iterations });
    for (const article of held) scored.push({ article, rows: scoreRows(model, article.rows) });
  }
  return scored;
}

function summarize(articles: readonly KindArticleRows[]): KindTrainingSetSummary[] {
  const bySet = new Map<string, KindTrainingSetSummary>();
  for (const article of articles) {
    const summary = bySet.get(article.set) ?? { set: article.set, articles: 0, rows: 0, notSpeech: 0 };
    summary.articles += 1;
    summary.rows += article.rows.length;
    summary.notSpeech += article.rows.filter((row) => row.label === 1).length;
    bySet.set(article.set, summary);
  }
  return [...bySet.values()];
}

/**
 * Trains on every row. The penalty and both lines are chosen on out-of-fold
 * probabilities of an inner cross-validation over the same articles: the
 * probabilities of rows a model was fitted on are too sure of themselves.
 * Weights are rounded (the rounded model is the one saved and applied).
 */
export function trainKindModel(given: readonly KindArticleRows[], plan: KindTrainingPlan = DEFAULT_KIND_PLAN): KindModel {
  if (plan.l2Grid.length === 0) throw new Error('kind training plan: l2Grid is empty');
  const articles = given.map((article) => ({ ...article, rows: withoutLeftOut(article.rows, plan.leaveOut) }));
  const rows = articles.flatMap((article) => article.rows);
  if (rows.length === 0) throw new Error('kind training: no labelled quotes (no gold span matched)');
  let best: { l2: number; loss: number; scored: ReturnType<typeof outOfFold> } | null = null;
  for (const l2 of plan.l2Grid) {
    const scored = outOfFold(articles, plan, l2);
    const loss = logLoss(scored.flatMap((entry) => entry.rows));
    if (best === null || loss < best.loss) best = { l2, loss, scored };
  }
  const options: LogisticOptions = { l2: best!.l2, iterations: plan.iterations };
  const fitted = trainLogistic(rows, options);
  const weights: Record<string, number> = {};
  for (const id of Object.keys(fitted.weights).sort()) weights[id] = roundTo(fitted.weights[id]!);
  const rounded: LogisticModel = { bias: roundTo(fitted.bias), weights };
  let lineRows = best!.scored.filter((entry) => plan.choosesThreshold(entry.article.set)).flatMap((entry) => entry.rows);
  // Too few articles for the inner folds: fall back to the fit's own probabilities.
  if (lineRows.length === 0) lineRows = scoreRows(rounded, rows);
  return {
    format: KIND_MODEL_FORMAT,
    threshold: chooseKindThreshold(lineRows),
    speechAtOrBelow: chooseSpeechLine(lineRows),
    targetPrecision: KIND_TARGET_PRECISION,
    l2: options.l2,
    iterations: options.iterations,
    training: summarize(articles),
    ...rounded,
  };
}

/** The committed JSON: fixed key order, no dates, weights in id order. */
export function serializeKindModel(model: KindModel): string {
  const weights: Record<string, number> = {};
  for (const id of Object.keys(model.weights).sort()) weights[id] = model.weights[id]!;
  const ordered = {
    format: model.format,
    note: 'Written by `node scripts/kind-cv.ts <sets> --write <file>`; see docs/learned-kind.md. Do not edit by hand.',
    threshold: model.threshold,
    speechAtOrBelow: model.speechAtOrBelow,
    targetPrecision: model.targetPrecision,
    l2: model.l2,
    iterations: model.iterations,
    training: model.training.map((entry) => ({ set: entry.set, articles: entry.articles, rows: entry.rows, notSpeech: entry.notSpeech })),
    bias: model.bias,
    weights,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

