import type { GoldArticle } from './gold.ts';
import type { Prediction } from './prediction.ts';
import { scoreEntities, type EntityCounts } from './score-entities.ts';
import { emptyQuoteCounts, scoreQuotes, type QuoteCounts } from './score-quotes.ts';

export interface ArticleScore {
  /** The article's name, e.g. `07` or `000_f426b72678450e3a`. */
  article: string;
  quotes: QuoteCounts;
  entities: EntityCounts;
}

export function scoreArticle(article: string, prediction: Prediction, gold: GoldArticle): ArticleScore {
  return {
    article,
    quotes: scoreQuotes(prediction.quotes, gold.quotes),
    entities: scoreEntities(prediction.entities, gold.entities),
  };
}

function addCounts<T extends object>(a: T, b: T): T {
  const sum = { ...a } as Record<string, unknown>;
  for (const [key, value] of Object.entries(b)) {
    if (typeof value === 'number') sum[key] = (sum[key] as number) + value;
  }
  return sum as T;
}

/** Adds the counts of every article (micro-average); the kinds are the union. */
export function totalScore(scores: readonly ArticleScore[], label = 'total'): ArticleScore {
  const kinds = [...new Set(scores.flatMap((score) => score.entities.kinds))].sort();
  const empty: ArticleScore = {
    article: label,
    quotes: emptyQuoteCounts(),
    entities: { kinds, gold: 0, found: 0, predicted: 0, right: 0 },
  };
  return scores.reduce(
    (total, score) => ({
      article: label,
      quotes: addCounts(total.quotes, score.quotes),
      entities: { ...addCounts(total.entities, score.entities), kinds },
    }),
    empty,
  );
}

/** A share, or null when there was nothing to measure (0/0). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The headline figures of a score, as ratios in 0..1 (null when not measurable). */
export function figuresOf(score: ArticleScore) {
  const q = score.quotes;
  const e = score.entities;
  return {
    spanRecall: ratio(q.foundSpans, q.goldSpans),
    spanPrecision: ratio(q.matchedPredictedSpans, q.predictedSpans),
    kindAccuracy: ratio(q.kindsRight, q.kindsCompared),
    speakerPrecision: ratio(q.rightSpeakers, q.namedSpeakers),
    speakerRecall: ratio(q.foundSpeakers, q.goldSpeakers),
    notSpeechKeptOut: ratio(q.notSpeechKeptOut, q.notSpeech),
    entityPrecision: ratio(e.right, e.predicted),
    entityRecall: ratio(e.found, e.gold),
  };
}

export type ScoreFigures = ReturnType<typeof figuresOf>;
