import type { GraphQuote } from '../graph/types.ts';

/**
 * Whether a quote's speaker is shown with an "uncertain" badge: only a named
 * speaker can be uncertain, and an editor's confirmation settles it.
 */
export function isShownAsUncertain(quote: Pick<GraphQuote, 'lowConfidence' | 'editorConfirmed' | 'speakerSlug'>): boolean {
  return quote.lowConfidence && !quote.editorConfirmed && quote.speakerSlug !== null;
}

/**
 * A quote's words for display inside marks the page adds, so a comma the
 * writer put inside the marks before "he said" is left out.
 */
export function quoteWords(text: string): string {
  return text.replace(/[,\s]+$/, '');
}

const EXCERPT_LIMIT = 90;

/**
 * A quote short enough for the side panel: longer than `limit` characters
 * (90 unless told), it is cut to `limit - 2` and ends in an ellipsis.
 */
export function quoteExcerpt(text: string, limit = EXCERPT_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit - 2).trimEnd()}…` : text;
}
