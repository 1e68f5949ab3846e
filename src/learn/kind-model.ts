/**
 * The learned kind decision (issue 8, decision b): a logistic model over the
 * features of kind-features.ts gives every quote a probability of being
 * not-speech (a title, a nickname, a scare quote). A quote the rules call
 * speech is taken out only when the model is sure enough, because a real
 * quote wrongly taken out is lost from the speaker pages; a quote the rules
 * call not-speech is given back to speech only when the model is very sure
 * it is speech (or never, when inner cross-validation finds no such line).
 */
import type { ArticleText, Extraction, Quote, QuoteKind } from '../extract/types.ts';
import { foldOf, logLoss } from './cross-validate.ts';
import { kindFeatures } from './kind-features.ts';
import { predictProbability, trainLogistic, type FeatureVector, type LogisticModel, type LogisticOptions, type TrainingRow } from './logistic.ts';

/** Weights and probabilities are kept to this many decimals, so a retrain on the same data is byte-identical. */
const DECIMALS = 6;

export function roundTo(value: number, decimals: number = DECIMALS): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // -0 would print as 0 but compare unequal in tests of the JSON.
  return rounded === 0 ? 0 : rounded;
}

export const KIND_MODEL_FORMAT = 'newsgraph-kind-model/1';

/** Share of the quotes the model takes out of speech that must be gold not-speech (out of fold). */
export const KIND_TARGET_PRECISION = 0.9;

/** A quote is never taken out of speech below this probability, whatever the threshold search says. */
export const MIN_KIND_THRESHOLD = 0.5;

/** Share of the rules' not-speech quotes given back to speech that must be gold speech. */
export const SPEECH_TARGET_PRECISION = 0.9;

export interface KindTrainingSetSummary {
  /** The gold set as named on the command line. */
  set: string;
  articles: number;
  /** Labelled quotes, and those that are gold not-speech. */
  rows: number;
  notSpeech: number;
}

export interface KindModel extends LogisticModel {
  format: typeof KIND_MODEL_FORMAT;
  /** A quote the rules call speech becomes not-speech when p(not-speech) >= this (1: never in practice). */
  threshold: number;
  /** A quote the rules call not-speech becomes speech when p(not-speech) <= this; null: never. */
  speechAtOrBelow: number | null;
  targetPrecision: number;
  l2: number;
  iterations: number;
  training: KindTrainingSetSummary[];
}

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
  l2Grid: [3, 10, 30],
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
  const inner = articles.map((article) => foldOf(article.set, article.name, plan.innerFolds));
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

/** Word classes before the marks after which a quote that starts with a capital opens an utterance. */
const DIRECT_OPENERS: ReadonlySet<string> = new Set(['before=none', 'before=colon', 'before=comma', 'before=sentence-end', 'before=dash', 'before=mark']);

/**
 * The speech kind of a quote given back to speech, by the rules' own test:
 * direct when it starts its sentence (nothing of the reporter's before it, or
 * a colon or comma) with a capital, outside the headline; partial otherwise.
 */
export function speechKindOf(features: FeatureVector): QuoteKind {
  if (features['block=title'] === 1 || features['nested'] === 1 || features['starts=capital'] !== 1) return 'partial';
  return Object.keys(features).some((id) => DIRECT_OPENERS.has(id)) ? 'direct' : 'partial';
}

/** Each quote's probability of being not-speech, in the order of `extraction.quotes`. */
export function notSpeechProbabilities(extraction: Extraction, text: ArticleText, model: LogisticModel): number[] {
  return kindFeatures(extraction, text).map((features) => roundTo(predictProbability(model, features)));
}

/**
 * Decides every quote's kind by the model, after the rules and before the
 * speaker model: a quote with p(not-speech) >= threshold becomes not-speech
 * (no speaker, cue or rule, confidence 0); a quote the rules called
 * not-speech with p <= speechAtOrBelow becomes speech (direct or partial by
 * speechKindOf, no speaker yet). Every other quote is left as it is.
 */
export function applyKindModel(extraction: Extraction, text: ArticleText, model: KindModel): Extraction {
  const vectors = kindFeatures(extraction, text);
  const quotes = extraction.quotes.map((quote, i): Quote => {
    const probability = roundTo(predictProbability(model, vectors[i]!));
    if (quote.kind !== 'not-speech' && probability >= model.threshold) {
      const { possibleSpeaker: _possible, possibleSpeakerId: _possibleId, ...rest } = quote;
      return { ...rest, kind: 'not-speech', speaker: null, speakerId: null, cue: null, rule: null, confidence: 0 };
    }
    if (quote.kind === 'not-speech' && model.speechAtOrBelow !== null && probability <= model.speechAtOrBelow) {
      return { ...quote, kind: speechKindOf(vectors[i]!) };
    }
    return quote;
  });
  return { ...extraction, quotes };
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finite(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where}: expected a finite number`);
  return value;
}

function probability(value: unknown, where: string): number {
  const number = finite(value, where);
  if (number < 0 || number > 1) throw new Error(`${where}: expected a number in 0..1`);
  return number;
}

/** Reads a parsed kind model JSON; throws naming the bad field. */
export function parseKindModel(value: unknown): KindModel {
  if (!isRecord(value)) throw new Error('kind model: expected a JSON object');
  if (value.format !== KIND_MODEL_FORMAT) throw new Error(`kind model.format: expected "${KIND_MODEL_FORMAT}"`);
  if (!isRecord(value.weights)) throw new Error('kind model.weights: expected an object');
  const weights: Record<string, number> = {};
  for (const [id, weight] of Object.entries(value.weights)) weights[id] = finite(weight, `kind model.weights["${id}"]`);
  if (!Array.isArray(value.training)) throw new Error('kind model.training: expected an array');
  const training = value.training.map((entry, i): KindTrainingSetSummary => {
    const where = `kind model.training[${i}]`;
    if (!isRecord(entry) || typeof entry.set !== 'string') throw new Error(`${where}.set: expected a string`);
    return {
      set: entry.set,
      articles: finite(entry.articles, `${where}.articles`),
      rows: finite(entry.rows, `${where}.rows`),
      notSpeech: finite(entry.notSpeech, `${where}.notSpeech`),
    };
  });
  const speechAtOrBelow = value.speechAtOrBelow === null ? null : probability(value.speechAtOrBelow, 'kind model.speechAtOrBelow');
  return {
    format: KIND_MODEL_FORMAT,
    threshold: probability(value.threshold, 'kind model.threshold'),
    speechAtOrBelow,
    targetPrecision: probability(value.targetPrecision, 'kind model.targetPrecision'),
    l2: finite(value.l2, 'kind model.l2'),
    iterations: finite(value.iterations, 'kind model.iterations'),
    training,
    bias: finite(value.bias, 'kind model.bias'),
    weights,
  };
}
