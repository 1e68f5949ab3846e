/**
 * The label of each quote for the kind decision: is it gold not-speech? Uses
 * the scorer's own span matching (src/eval/match-spans.ts), so a quote
 * labelled 1 is exactly one the eval counts as "not-speech kept out" when it
 * is marked not-speech.
 */
import type { GoldArticle } from '../eval/gold.ts';
import { matchSpans } from '../eval/match-spans.ts';

/**
 * Per predicted quote: 1 when it matched scored (not ambiguous) gold spans
 * that are all not-speech; 0 when they are all direct or partial; null (no
 * training row) when it matched no gold span, only ambiguous gold, or gold
 * of both sorts at once (a span covering several paragraphs).
 */
export function kindLabels(predicted: readonly { text: string }[], gold: GoldArticle): (0 | 1 | null)[] {
  const matching = matchSpans(
    predicted.map((quote) => quote.text),
    gold.quotes.map((quote) => quote.text),
  );
  return predicted.map((_, pi) => {
    const scored = matching.predictedToGold[pi]!.filter((gi) => !gold.quotes[gi]!.ambiguous);
    if (scored.length === 0) return null;
    const notSpeech = scored.filter((gi) => gold.quotes[gi]!.kind === 'not-speech').length;
    if (notSpeech === scored.length) return 1;
    return notSpeech === 0 ? 0 : null;
  });
}
