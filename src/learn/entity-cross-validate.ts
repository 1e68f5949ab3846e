/**
 * k-fold cross-validation of the entity model by article, on the folds of the
 * speaker model (foldOf): each fold's articles are scored by an entity model
 * trained (penalty and lines included) on the other folds only. Figures are
 * the scorer's entity precision, recall and F1, for the rules, under CV and
 * at fit (train = test, only to show the gap).
 */
import { applyEntityModel, type EntityModel } from '../extract/entity-model/apply.ts';
import type { Extraction } from '../extract/types.ts';
import { scoreEntities } from '../eval/score-entities.ts';
import { foldOf } from './cross-validate.ts';
import {
  addEntityCounts,
  emptyEntityCounts,
  f1,
  prepareArticle,
  trainEntityModel,
  type EntityCounts,
  type EntityRun,
  type EntityTrainingPlan,
} from './entity-model.ts';

export interface EntityArticleResult {
  set: string;
  name: string;
  rules: EntityCounts;
  cv: EntityCounts;
  fit: EntityCounts;
}

export interface EntityFoldReport {
  fold: number;
  articles: number;
  trainingRows: number;
  l2: number;
  dropAt: number;
  rekindAt: number;
}

export interface EntityCrossValidation {
  k: number;
  folds: EntityFoldReport[];
  articles: EntityArticleResult[];
  /** The model trained on every article: the one `--write` saves. */
  fitModel: EntityModel;
}

/** The scorer's counts for one extraction against the run's gold. */
export function entityCountsOf(run: EntityRun, extraction: Extraction): EntityCounts {
  const { gold, found, predicted, right } = scoreEntities(extraction.entities, run.gold.entities);
  return { gold, found, predicted, right };
}

export function crossValidateEntities(runs: readonly EntityRun[], k: number, plan: EntityTrainingPlan): EntityCrossValidation {
  if (!Number.isInteger(k) || k < 2) throw new Error(`entity cross-validation: k must be an integer >= 2 (got ${k})`);
  const articles = runs.map(prepareArticle);
  const foldOfArticle = runs.map((run) => foldOf(run.set, run.name, k));
  const fitModel = trainEntityModel(articles, plan);
  const cv = new Map<number, EntityCounts>();
  const folds: EntityFoldReport[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const heldOut = runs.filter((_, i) => foldOfArticle[i] === fold).length;
    if (heldOut === 0) continue;
    const training = articles.filter((_, i) => foldOfArticle[i] !== fold);
    if (training.length === 0) throw new Error(`entity cross-validation: fold ${fold} leaves no training articles (too few articles for k = ${k})`);
    const model = trainEntityModel(training, plan);
    const trainingRows = training.reduce((sum, article) => sum + article.labels.filter((label) => label !== null).length, 0);
    folds.push({ fold, articles: heldOut, trainingRows, l2: model.l2, dropAt: model.dropAt, rekindAt: model.rekindAt });
    runs.forEach((run, i) => {
      if (foldOfArticle[i] === fold) cv.set(i, entityCountsOf(run, applyEntityModel(run.extraction, run.text, model)));
    });
  }
  return {
    k,
    folds,
    articles: runs.map((run, i) => ({
      set: run.set,
      name: run.name,
      rules: entityCountsOf(run, run.extraction),
      cv: cv.get(i)!,
      fit: entityCountsOf(run, applyEntityModel(run.extraction, run.text, fitModel)),
    })),
    fitModel,
  };
}

function share(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((100 * part) / whole)}% ${part}/${whole}`;
}

function line(value: number): string {
  return value > 1 ? 'never' : String(value);
}

/** The report of scripts/entity-cv.ts: the folds, then one markdown row per set and the total. */
export function formatEntityCrossValidation(result: EntityCrossValidation): string {
  const lines: string[] = [];
  for (const fold of result.folds) {
    lines.push(
      `fold ${fold.fold}: ${fold.articles} articles held out; trained on ${fold.trainingRows} entities, l2 ${fold.l2}, ` +
        `drop at ${line(fold.dropAt)}, re-kind at ${line(fold.rekindAt)}`,
    );
  }
  const fit = result.fitModel;
  const features = new Set(Object.values(fit.models).flatMap((model) => Object.keys(model.weights))).size;
  lines.push(`fit: l2 ${fit.l2}, drop at ${line(fit.dropAt)}, re-kind at ${line(fit.rekindAt)}, ${features} features`, '');
  lines.push(
    '| set | articles | rules P | rules R | rules F1 | CV P | CV R | CV F1 | fit P | fit R | fit F1 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  const row = (label: string, members: readonly EntityArticleResult[]): string => {
    const sum = (pick: (article: EntityArticleResult) => EntityCounts) => members.map(pick).reduce(addEntityCounts, emptyEntityCounts());
    const cells = [sum((a) => a.rules), sum((a) => a.cv), sum((a) => a.fit)].flatMap((c) => [share(c.right, c.predicted), share(c.found, c.gold), f1(c).toFixed(3)]);
    return `| ${label} | ${members.length} | ${cells.join(' | ')} |`;
  };
  const sets = [...new Set(result.articles.map((article) => article.set))];
  for (const set of sets) lines.push(row(set, result.articles.filter((article) => article.set === set)));
  lines.push(row('total', result.articles));
  return `${lines.join('\n')}\n`;
}
