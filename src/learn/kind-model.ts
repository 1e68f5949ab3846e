/**
 * The learned kind decision (issue 8, decision b) as extraction applies it:
 * the model type, its JSON reader, and the pure function that decides every
 * quote's kind from its probability of being not-speech (a title, a
 * nickname, a scare quote). A quote the rules call speech is taken out only
 * when the model is sure enough, because a real quote wrongly taken out is
 * lost from the speaker pages; a quote the rules call not-speech is given
 * back to speech only below a line inner cross-validation found (or never).
 * Training is in kind-train.ts. This module and kind-features.ts import only
 * src/extract, so they can move into extraction as they are.
 */
import { predictProbability, type FeatureVector, type LogisticModel } from '../extract/speakers/logistic-model.ts';
import type { ArticleText, Extraction, Quote, QuoteKind } from '../extract/types.ts';
import { kindFeatures } from './kind-features.ts';
import { finite, isRecord, parseWeights, probability } from '../extract/model-json.ts';

/** Weights and probabilities are kept to this many decimals, so a retrain on the same data is byte-identical. */
const DECIMALS = 6;

export function roundTo(value: number, decimals: number = DECIMALS): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // -0 would print as 0 but compare unequal in tests of the JSON.
  return rounded === 0 ? 0 : rounded;
}

export const KIND_MODEL_FORMAT = 'newsgraph-kind-model/1';

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



/** Reads a parsed kind model JSON; throws naming the bad field. */
export function parseKindModel(value: unknown): KindModel {
  if (!isRecord(value)) throw new Error('kind model: expected a JSON object');
  if (value.format !== KIND_MODEL_FORMAT) throw new Error(`kind model.format: expected "${KIND_MODEL_FORMAT}"`);
  const weights = parseWeights(value.weights, 'kind model');
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
