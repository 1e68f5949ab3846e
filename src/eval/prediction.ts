import type { EntityKind } from '../extract/types.ts';

/**
 * What the scorer reads from a prediction: the fields of `newsgraph extract
 * --json` it needs, so the JSON output can be scored as it is.
 */
export interface PredictedQuote {
  text: string;
  kind: string;
  speaker: string | null;
  /** Missing counts as 1, as in the team's evaluation. */
  confidence?: number;
}

export interface PredictedEntity {
  name: string;
  kind: EntityKind;
  aliases?: readonly string[];
}

export interface Prediction {
  quotes: readonly PredictedQuote[];
  entities: readonly PredictedEntity[];
}

/** Below this confidence a quote is a candidate only and names nobody. */
export const MIN_NAMING_CONFIDENCE = 0.5;

/** Whether the prediction puts a name on the quote: a speaker, confident enough, and speech at all. */
export function namesASpeaker(quote: PredictedQuote): quote is PredictedQuote & { speaker: string } {
  return quote.speaker !== null && quote.speaker !== '' && (quote.confidence ?? 1) >= MIN_NAMING_CONFIDENCE && quote.kind !== 'not-speech';
}
