/**
 * The terminal report of `npm run eval -- --cv`: speaker precision and recall
 * per set for the engine alone, under cross-validation and at fit (train =
 * test), then the reliability tables.
 */
import { formatShare } from '../eval/format-scores.ts';
import { totalScore, type ArticleScore } from '../eval/score-article.ts';
import { renderTable, type Align } from '../eval/text-table.ts';
import { reliabilityTable, type CrossValidation } from './cross-validate.ts';
import { TARGET_PRECISION } from '../extract/speakers/ranker.ts';
import { PRECISION_BOUND_Z } from './speaker-model.ts';

const HEADER = ['set', 'articles', 'engine prec', 'engine recall', 'CV prec', 'CV recall', 'fit prec', 'fit recall'];
const ALIGN: Align[] = ['left', ...HEADER.slice(1).map((): Align => 'right')];

function speakerCells(score: ArticleScore): [string, string] {
  const q = score.quotes;
  return [formatShare(q.rightSpeakers, q.namedSpeakers), formatShare(q.foundSpeakers, q.goldSpeakers)];
}

/** Per set and in total: the engine alone, the held-out model, the model scored on its own training data. */
export function speakerFiguresBySet(cv: CrossValidation): { set: string; articles: number; raw: ArticleScore; cv: ArticleScore; fit: ArticleScore }[] {
  const sets = [...new Set(cv.articles.map((article) => article.set))];
  const group = (label: string, articles: CrossValidation['articles']) => ({
    set: label,
    articles: articles.length,
    raw: totalScore(articles.map((a) => a.raw), label),
    cv: totalScore(articles.map((a) => a.cv), label),
    fit: totalScore(articles.map((a) => a.fit), label),
  });
  return [...sets.map((set) => group(set, cv.articles.filter((a) => a.set === set))), group('total', cv.articles)];
}

const fixed = (value: number | null, digits = 3) => (value === null ? '-' : value.toFixed(digits));

export function formatCrossValidation(cv: CrossValidation): string {
  const rows = speakerFiguresBySet(cv).map((group) => [
    group.set,
    String(group.articles),
    ...speakerCells(group.raw),
    ...speakerCells(group.cv),
    ...speakerCells(group.fit),
  ]);
  const figures = renderTable(HEADER, rows, { align: ALIGN, ruleBefore: [rows.length - 1] });

  const cvBins = reliabilityTable(cv.cvRows);
  const fitBins = reliabilityTable(cv.fitRows);
  const reliability = renderTable(
    ['p', 'CV rows', 'CV mean p', 'CV right', 'fit rows', 'fit mean p', 'fit right'],
    cvBins.map((bin, i) => {
      const fit = fitBins[i]!;
      return [
        `${bin.from.toFixed(1)}-${bin.to.toFixed(1)}`,
        String(bin.count), fixed(bin.meanPredicted), fixed(bin.observed),
        String(fit.count), fixed(fit.meanPredicted), fixed(fit.observed),
      ];
    }),
    { align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'] },
  );

  const folds = cv.folds.map((fold) => `fold ${fold.fold}: ${fold.articles} articles held out; trained on ${fold.trainingRows} rows, l2 ${fold.l2}, threshold ${fold.threshold}`).join('\n');
  return [
    `Cross-validation, ${cv.k} folds by article (FNV-1a of "<set folder>/<name>" mod ${cv.k}). Each fold is scored by a model`,
    `trained on the other folds with the penalty shown (chooseL2 when the plan offers more than one), its threshold the`,
    `lowest p down to which the lower bound (Wilson, z = ${PRECISION_BOUND_Z}) of speaker precision has stayed at or above`,
    `${TARGET_PRECISION} as the line is lowered from the top, on out-of-fold probabilities inside those training folds.`,
    '"engine" is the engine alone (confidence >= 0.5); "fit" is the',
    `model trained on every article and scored on them (train = test, l2 ${cv.fitL2}, threshold ${cv.fitThreshold}).`,
    '',
    folds,
    '',
    figures,
    '',
    'Reliability: attributed quotes by predicted probability; "right" is the share whose speaker is the gold one.',
    '',
    reliability,
  ].join('\n');
}

/** The same report as JSON: counts per set, thresholds and both reliability tables. */
export function crossValidationAsJson(cv: CrossValidation) {
  return {
    k: cv.k,
    folds: cv.folds,
    fitThreshold: cv.fitThreshold,
    fitL2: cv.fitL2,
    sets: speakerFiguresBySet(cv).map((group) => ({
      set: group.set,
      articles: group.articles,
      engine: group.raw.quotes,
      cv: group.cv.quotes,
      fit: group.fit.quotes,
    })),
    reliability: { cv: reliabilityTable(cv.cvRows), fit: reliabilityTable(cv.fitRows) },
  };
}
