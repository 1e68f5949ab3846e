import type { Quote } from '../extract/types.ts';

/** Below this a quote is a candidate only: pages list it as unattributed (see Quote.confidence). */
export const ATTRIBUTED_CONFIDENCE = 0.5;
/** Below this an attributed quote carries a "not sure" marker. */
export const SURE_CONFIDENCE = 0.8;

/** A quote that belongs on its speaker's page rather than the unattributed list. */
export function isAttributed<T extends Pick<Quote, 'speakerId' | 'speaker' | 'confidence'>>(
  quote: T,
): quote is T & { speakerId: string; speaker: string } {
  return quote.speakerId !== null && quote.speaker !== null && quote.confidence >= ATTRIBUTED_CONFIDENCE;
}
