/**
 * The label of each speaker candidate: is it the gold speaker? Uses the
 * scorer's own matching (match-spans + names-match), so a candidate labelled 1
 * is exactly a speaker the eval counts as right.
 */
import type { GoldArticle } from '../eval/gold.ts';
import { matchSpans } from '../eval/match-spans.ts';
import { namesMatch } from '../eval/names-match.ts';

/**
 * Per predicted quote, the label of each of its speaker candidates: 1 when
 * the candidate names the gold speaker of a scored gold span the quote
 * matched, else 0 (a quote matching no gold span has no right candidate); null
 * for a quote the scorer skips (it matched only ambiguous gold). Not-speech
 * quotes have no candidates and get an empty list.
 */
export function candidateLabels(
  predicted: readonly { text: string }[],
  candidates: readonly (readonly { name: string }[] | null)[],
  gold: GoldArticle,
): ((0 | 1)[] | null)[] {
  const matching = matchSpans(
    predicted.map((quote) => quote.text),
    gold.quotes.map((quote) => quote.text),
  );
  return predicted.map((_, pi) => {
    const found = matching.predictedToGold[pi]!;
    const scored = found.filter((gi) => !gold.quotes[gi]!.ambiguous);
    if (found.length > 0 && scored.length === 0) return null;
    const speakers = scored
      .map((gi) => gold.quotes[gi]!)
      .filter((g) => g.kind !== 'not-speech' && g.speaker !== null)
      .map((g) => g.speaker!);
    return (candidates[pi] ?? []).map((candidate) => (speakers.some((speaker) => namesMatch(candidate.name, speaker)) ? 1 : 0));
  });
}
