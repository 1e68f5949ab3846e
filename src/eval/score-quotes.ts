import type { GoldQuote } from './gold.ts';
import { matchSpans } from './match-spans.ts';
import { namesMatch } from './names-match.ts';
import { namesASpeaker, type PredictedQuote } from './prediction.ts';

/** Counts, not ratios, so articles add up into a micro-averaged total. */
export interface QuoteCounts {
  /** Gold spans scored (ambiguous ones left out). */
  goldSpans: number;
  /** Gold spans some predicted span found. */
  foundSpans: number;
  /** Predicted spans, and those that found a gold span (span precision). */
  predictedSpans: number;
  matchedPredictedSpans: number;
  /** Found gold spans, and those whose predicted kind equals the gold kind. */
  kindsCompared: number;
  kindsRight: number;
  /** Predictions naming a speaker, and those naming the gold speaker. */
  namedSpeakers: number;
  rightSpeakers: number;
  /** Gold direct and partial quotes with a speaker, and those a prediction attributed rightly. */
  goldSpeakers: number;
  foundSpeakers: number;
  /** Gold not-speech spans, and those predicted as not-speech. */
  notSpeech: number;
  notSpeechKeptOut: number;
}

export function emptyQuoteCounts(): QuoteCounts {
  return {
    goldSpans: 0, foundSpans: 0, predictedSpans: 0, matchedPredictedSpans: 0, kindsCompared: 0, kindsRight: 0,
    namedSpeakers: 0, rightSpeakers: 0, goldSpeakers: 0, foundSpeakers: 0, notSpeech: 0, notSpeechKeptOut: 0,
  };
}

export function scoreQuotes(predicted: readonly PredictedQuote[], gold: readonly GoldQuote[]): QuoteCounts {
  const matching = matchSpans(
    predicted.map((quote) => quote.text),
    gold.map((quote) => quote.text),
  );
  const scored = (gi: number) => !gold[gi]!.ambiguous;
  const attributes = (quote: PredictedQuote, goldQuote: GoldQuote) =>
    namesASpeaker(quote) && goldQuote.speaker !== null && goldQuote.kind !== 'not-speech' && namesMatch(quote.speaker, goldQuote.speaker);

  const counts = emptyQuoteCounts();

  gold.forEach((goldQuote, gi) => {
    if (!scored(gi)) return;
    const pi = matching.goldToPredicted[gi] ?? null;
    const match = pi === null ? null : predicted[pi]!;
    counts.goldSpans += 1;
    if (match !== null) {
      counts.foundSpans += 1;
      counts.kindsCompared += 1;
      if (match.kind === goldQuote.kind) counts.kindsRight += 1;
    }
    if (goldQuote.kind === 'not-speech') {
      counts.notSpeech += 1;
      if (match?.kind === 'not-speech') counts.notSpeechKeptOut += 1;
    } else if (goldQuote.speaker !== null) {
      counts.goldSpeakers += 1;
      if (match !== null && attributes(match, goldQuote)) counts.foundSpeakers += 1;
    }
  });

  predicted.forEach((quote, pi) => {
    const found = matching.predictedToGold[pi]!;
    // A prediction that only found ambiguous gold spans is not scored at all.
    if (found.length > 0 && !found.some(scored)) return;
    counts.predictedSpans += 1;
    if (found.length > 0) counts.matchedPredictedSpans += 1;
    if (!namesASpeaker(quote)) return;
    counts.namedSpeakers += 1;
    if (found.some((gi) => scored(gi) && attributes(quote, gold[gi]!))) counts.rightSpeakers += 1;
  });

  return counts;
}
