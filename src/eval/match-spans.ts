import { normalizeSpanText } from './normalize.ts';

/** In a one-to-one match the shorter span must be at least this share of the longer. */
const MIN_SHARE = 0.6;
/** A span covering several gold paragraphs may be at most this many times their length... */
const COVER_FACTOR = 1.3;
/** ...plus this many characters (the marks and attribution between paragraphs). */
const COVER_SLACK = 20;

export interface SpanMatching {
  /** For each gold span, the index of the predicted span that found it, or null. */
  goldToPredicted: (number | null)[];
  /** For each predicted span, the gold spans it found (several when it covers a multi-paragraph quote). */
  predictedToGold: number[][];
}

interface Candidate {
  predicted: number;
  gold: number;
  share: number;
}

function oneToOneCandidates(predicted: readonly string[], gold: readonly string[]): Candidate[] {
  const candidates: Candidate[] = [];
  predicted.forEach((p, pi) => {
    gold.forEach((g, gi) => {
      if (p === '' || g === '') return;
      const [shorter, longer] = p.length <= g.length ? [p, g] : [g, p];
      const share = shorter.length / longer.length;
      if (share >= MIN_SHARE && longer.includes(shorter)) candidates.push({ predicted: pi, gold: gi, share });
    });
  });
  // Closest matches first; ties in text order, so a phrase quoted twice pairs in order.
  return candidates.sort((a, b) => b.share - a.share || a.gold - b.gold || a.predicted - b.predicted);
}

/**
 * Pairs predicted quote spans with gold spans by their normalized text: first
 * one to one (greedy, closest first), then a leftover predicted span may take
 * several leftover gold spans it contains, when it is not much longer than
 * their sum. A gold span nested inside another candidate is not counted as
 * covered, so an outer quote does not also claim its inner quote.
 */
export function matchSpans(predictedTexts: readonly string[], goldTexts: readonly string[]): SpanMatching {
  const predicted = predictedTexts.map(normalizeSpanText);
  const gold = goldTexts.map(normalizeSpanText);
  const goldToPredicted: (number | null)[] = gold.map(() => null);
  const predictedToGold: number[][] = predicted.map(() => []);

  for (const { predicted: pi, gold: gi } of oneToOneCandidates(predicted, gold)) {
    if (goldToPredicted[gi] !== null || predictedToGold[pi]!.length > 0) continue;
    goldToPredicted[gi] = pi;
    predictedToGold[pi] = [gi];
  }

  predicted.forEach((p, pi) => {
    if (p === '' || predictedToGold[pi]!.length > 0) return;
    const inside = gold.flatMap((g, gi) => (goldToPredicted[gi] === null && g !== '' && p.includes(g) ? [gi] : []));
    const covered = inside.filter(
      (gi) => !inside.some((other) => other !== gi && gold[other]!.length > gold[gi]!.length && gold[other]!.includes(gold[gi]!)),
    );
    if (covered.length < 2) return;
    const total = covered.reduce((sum, gi) => sum + gold[gi]!.length, 0);
    if (p.length > COVER_FACTOR * total + COVER_SLACK) return;
    for (const gi of covered) goldToPredicted[gi] = pi;
    predictedToGold[pi] = covered;
  });

  return { goldToPredicted, predictedToGold };
}
