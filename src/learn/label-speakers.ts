/**
 * The label of each attributed quote: is the engine's speaker the gold
 * speaker? Uses the scorer's own matching (match-spans + names-match), so a
 * row labelled 1 is exactly a prediction the eval counts as a right speaker.
 */
import type { GoldArticle } from '../eval/gold.ts';
import { matchSpans } from '../eval/match-spans.ts';
import { namesMatch } from '../eval/names-match.ts';

/** What labelling reads of a predicted quote. */
export interface LabelledQuote {
  text: string;
  kind: string;
  speaker: string | null;
}

/**
 * Per predicted quote: 1 right speaker, 0 wrong, null not a training row.
 *
 * Rows are the quotes that would reach a speaker page if kept: a speaker is
 * set and the kind is not `not-speech` (whatever the engine's confidence, the
 * model replaces it). A row is 1 when a gold span it matched is scored (not
 * ambiguous), is direct or partial, and names the same speaker. It is 0 when
 * it matched no gold span at all (an invented quote on a page is as wrong as a
 * wrong name), or gold says someone else, nobody, or not-speech. A quote that
 * matched only ambiguous gold is no row: the scorer skips it too.
 */
export function speakerLabels(predicted: readonly LabelledQuote[], gold: GoldArticle): (0 | 1 | null)[] {
  const matching = matchSpans(
    predicted.map((quote) => quote.text),
    gold.quotes.map((quote) => quote.text),
  );
  return predicted.map((quote, pi) => {
    if (quote.speaker === null || quote.speaker === '' || quote.kind === 'not-speech') return null;
    const found = matching.predictedToGold[pi]!;
    const scored = found.filter((gi) => !gold.quotes[gi]!.ambiguous);
    if (found.length > 0 && scored.length === 0) return null;
    const right = scored.some((gi) => {
      const g = gold.quotes[gi]!;
      return g.kind !== 'not-speech' && g.speaker !== null && namesMatch(quote.speaker!, g.speaker);
    });
    return right ? 1 : 0;
  });
}
