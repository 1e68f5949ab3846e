import type { EntityKind } from '../extract/types.ts';
import type { GoldArticle } from './gold.ts';
import { matchSpans } from './match-spans.ts';
import { namesMatch } from './names-match.ts';
import { namesASpeaker, type Prediction, type PredictedQuote } from './prediction.ts';
import { entityNamesMatch } from './score-entities.ts';

const TEXT_WIDTH = 60;

function clip(text: string): string {
  return text.length <= TEXT_WIDTH ? text : `${text.slice(0, TEXT_WIDTH - 1)}…`;
}

function speakerOf(quote: PredictedQuote): string {
  if (quote.speaker === null || quote.speaker === '') return '-';
  return namesASpeaker(quote) ? quote.speaker : `(${quote.speaker}?)`;
}

/**
 * A line per gold quote, per unmatched prediction and per entity the scores
 * count against, so a developer sees which rule a figure comes from. Uses the
 * same matching as the scores.
 */
export function explainArticle(prediction: Prediction, gold: GoldArticle): string[] {
  const matching = matchSpans(
    prediction.quotes.map((quote) => quote.text),
    gold.quotes.map((quote) => quote.text),
  );
  const lines: string[] = [];

  gold.quotes.forEach((goldQuote, gi) => {
    const pi = matching.goldToPredicted[gi] ?? null;
    const match = pi === null ? null : prediction.quotes[pi]!;
    const goldSpeaker = goldQuote.speaker ?? '-';
    let verdict: string;
    if (goldQuote.ambiguous) verdict = 'skip   ';
    else if (match === null) verdict = 'MISSED ';
    else if (goldQuote.kind === 'not-speech') verdict = match.kind === 'not-speech' ? 'ok     ' : 'SPEECH?';
    else if (namesASpeaker(match)) {
      const right = goldQuote.speaker !== null && namesMatch(match.speaker, goldQuote.speaker);
      verdict = right ? 'ok     ' : 'WRONG  ';
    } else verdict = goldQuote.speaker === null ? 'ok     ' : 'NO-SPKR';
    const found = match === null ? '' : ` -> ${match.kind}/${speakerOf(match)}`;
    lines.push(`  ${verdict} ${goldQuote.kind}/${goldSpeaker}${found}  "${clip(goldQuote.text)}"`);
  });

  prediction.quotes.forEach((quote, pi) => {
    if (matching.predictedToGold[pi]!.length > 0) return;
    lines.push(`  EXTRA   ${quote.kind}/${speakerOf(quote)}  "${clip(quote.text)}"`);
  });

  for (const kind of Object.keys(gold.entities) as EntityKind[]) {
    const goldOfKind = gold.entities[kind] ?? [];
    const predictedOfKind = prediction.entities.filter((entity) => entity.kind === kind);
    const missed = goldOfKind.filter((g) => !predictedOfKind.some((p) => entityNamesMatch(p, g)));
    const wrong = predictedOfKind.filter((p) => !goldOfKind.some((g) => entityNamesMatch(p, g)));
    if (missed.length > 0) lines.push(`  missed ${kind}: ${missed.map((entity) => entity.name).join('; ')}`);
    if (wrong.length > 0) lines.push(`  extra ${kind}: ${wrong.map((entity) => entity.name).join('; ')}`);
  }
  return lines;
}
