/**
 * k-fold cross-validation of the kind model by article, on the same folds as
 * the speaker model (foldOf): each fold's articles are scored by a kind
 * model trained (penalty and lines included) on the other folds only. The
 * figures are the ones the eval prints for kinds: not-speech kept out, speech
 * wrongly taken out, and kind accuracy, for the rules, under CV and at fit.
 */
import type { GoldArticle } from '../eval/gold.ts';
import { matchSpans } from '../eval/match-spans.ts';
import type { PredictedQuote } from '../eval/prediction.ts';
import type { Extraction } from '../extract/types.ts';
import { foldOf, type GoldRun } from './cross-validate.ts';
import { kindFeatures } from './kind-features.ts';
import { kindLabels } from './kind-labels.ts';
import { applyKindModel, type KindModel } from './kind-model.ts';
import { trainKindModel, type KindArticleRows, type KindRow, type KindTrainingPlan } from './kind-train.ts';

/** The labelled quotes of one article: every quote that matched scored gold of one sort. */
export function kindRowsOf(run: GoldRun): KindArticleRows {
  const vectors = kindFeatures(run.extraction, run.text);
  const labels = kindLabels(run.extraction.quotes, run.gold);
  const rows: KindRow[] = [];
  run.extraction.quotes.forEach((quote, i) => {
    const label = labels[i];
    if (label === null || label === undefined) return;
    rows.push({ features: vectors[i]!, label, rulesNotSpeech: quote.kind === 'not-speech' });
  });
  return { set: run.set, name: run.name, rows };
}

/** Counts, so articles add up into a micro-averaged total. */
export interface KindCounts {
  /** Scored gold not-speech spans, and those predicted not-speech. */
  notSpeech: number;
  notSpeechKeptOut: number;
  /** Scored gold direct/partial spans some quote found, and those the quote calls not-speech. */
  speech: number;
  speechTakenOut: number;
  /** Found scored gold spans, and those whose predicted kind equals the gold kind. */
  kindsCompared: number;
  kindsRight: number;
}

export function emptyKindCounts(): KindCounts {
  return { notSpeech: 0, notSpeechKeptOut: 0, speech: 0, speechTakenOut: 0, kindsCompared: 0, kindsRight: 0 };
}

/** The kind figures of one article's quotes against its gold, by the scorer's span matching. */
export function kindCounts(predicted: readonly PredictedQuote[], gold: GoldArticle): KindCounts {
  const matching = matchSpans(
    predicted.map((quote) => quote.text),
    gold.quotes.map((quote) => quote.text),
  );
  const counts = emptyKindCounts();
  gold.quotes.forEach((goldQuote, gi) => {
    if (goldQuote.ambiguous) return;
    const pi = matching.goldToPredicted[gi] ?? null;
    const match = pi === null ? null : predicted[pi]!;
    if (match !== null) {
      counts.kindsCompared += 1;
      if (match.kind === goldQuote.kind) counts.kindsRight += 1;
    }
    if (goldQuote.kind === 'not-speech') {
      counts.notSpeech += 1;
      if (match?.kind === 'not-speech') counts.notSpeechKeptOut += 1;
    } else if (match !== null) {
      counts.speech += 1;
      if (match.kind === 'not-speech') counts.speechTakenOut += 1;
    }
  });
  return counts;
}

export function addKindCounts(a: KindCounts, b: KindCounts): KindCounts {
  return {
    notSpeech: a.notSpeech + b.notSpeech,
    notSpeechKeptOut: a.notSpeechKeptOut + b.notSpeechKeptOut,
    speech: a.speech + b.speech,
    speechTakenOut: a.speechTakenOut + b.speechTakenOut,
    kindsCompared: a.kindsCompared + b.kindsCompared,
    kindsRight: a.kindsRight + b.kindsRight,
  };
}

export interface KindArticleResult {
  set: string;
  name: string;
  rules: KindCounts;
  cv: KindCounts;
  fit: KindCounts;
}

export interface KindFoldReport {
  fold: number;
  articles: number;
  trainingRows: number;
  l2: number;
  threshold: number;
  speechAtOrBelow: number | null;
}

export interface KindCrossValidation {
  k: number;
  folds: KindFoldReport[];
  articles: KindArticleResult[];
  /** The model trained on every article: the one `--write` saves. */
  fitModel: KindModel;
}

function counted(run: GoldRun, extraction: Extraction): KindCounts {
  return kindCounts(extraction.quotes, run.gold);
}

export function crossValidateKind(runs: readonly GoldRun[], k: number, plan: KindTrainingPlan): KindCrossValidation {
  if (!Number.isInteger(k) || k < 2) throw new Error(`kind cross-validation: k must be an integer >= 2 (got ${k})`);
  const articles = runs.map(kindRowsOf);
  const foldOfArticle = runs.map((run) => foldOf(run.set, run.name, k));
  const fitModel = trainKindModel(articles, plan);
  const cv = new Map<number, KindCounts>();
  const folds: KindFoldReport[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const held = runs.filter((_, i) => foldOfArticle[i] === fold);
    if (held.length === 0) continue;
    const training = articles.filter((_, i) => foldOfArticle[i] !== fold);
    const trainingRows = training.reduce((sum, article) => sum + article.rows.length, 0);
    if (trainingRows === 0) throw new Error(`kind cross-validation: fold ${fold} leaves no training rows (too few articles for k = ${k})`);
    const model = trainKindModel(training, plan);
    folds.push({ fold, articles: held.length, trainingRows, l2: model.l2, threshold: model.threshold, speechAtOrBelow: model.speechAtOrBelow });
    runs.forEach((run, i) => {
      if (foldOfArticle[i] === fold) cv.set(i, counted(run, applyKindModel(run.extraction, run.text, model)));
    });
  }
  return {
    k,
    folds,
    articles: runs.map((run, i) => ({
      set: run.set,
      name: run.name,
      rules: counted(run, run.extraction),
      cv: cv.get(i)!,
      fit: counted(run, applyKindModel(run.extraction, run.text, fitModel)),
    })),
    fitModel,
  };
}

function share(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((100 * part) / whole)}% ${part}/${whole}`;
}

/** The report of scripts/kind-cv.ts: the folds, then one markdown row per set and the total. */
export function formatKindCrossValidation(result: KindCrossValidation): string {
  const lines: string[] = [];
  for (const fold of result.folds) {
    lines.push(
      `fold ${fold.fold}: ${fold.articles} articles held out; trained on ${fold.trainingRows} quotes, l2 ${fold.l2}, ` +
        `threshold ${fold.threshold}, speech at or below ${fold.speechAtOrBelow ?? 'never'}`,
    );
  }
  const fit = result.fitModel;
  lines.push(`fit: l2 ${fit.l2}, threshold ${fit.threshold}, speech at or below ${fit.speechAtOrBelow ?? 'never'}, ${Object.keys(fit.weights).length} features`, '');
  lines.push(
    '| set | articles | rules NS out | rules speech out | rules kind acc | CV NS out | CV speech out | CV kind acc | fit NS out | fit speech out | fit kind acc |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  const sets = [...new Set(result.articles.map((article) => article.set))];
  const row = (label: string, members: readonly KindArticleResult[]): string => {
    const sum = (pick: (article: KindArticleResult) => KindCounts) => members.map(pick).reduce(addKindCounts, emptyKindCounts());
    const cells = [sum((a) => a.rules), sum((a) => a.cv), sum((a) => a.fit)].flatMap((c) => [
      share(c.notSpeechKeptOut, c.notSpeech),
      share(c.speechTakenOut, c.speech),
      share(c.kindsRight, c.kindsCompared),
    ]);
    return `| ${label} | ${members.length} | ${cells.join(' | ')} |`;
  };
  for (const set of sets) lines.push(row(set, result.articles.filter((article) => article.set === set)));
  lines.push(row('total', result.articles));
  return `${lines.join('\n')}\n`;
}
