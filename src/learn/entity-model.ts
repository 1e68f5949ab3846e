/**
 * Training of the learned entity decision (issue 8, decision c): one-vs-rest
 * logistic models (person, organization, place, event, none) over the
 * features of src/extract/entity-model/features.ts, a penalty chosen by inner
 * cross-validation over articles, and the two lines (drop, re-kind) chosen on
 * the out-of-fold probabilities so that entity precision goes up first and
 * F1 second.
 */
import { ENTITY_LABELS, ENTITY_MODEL_FORMAT, NEVER, decide, labelProbabilities, speakingEntityIds, type EntityLabel, type EntityModel, type EntityTrainingSetSummary } from '../extract/entity-model/apply.ts';
import { entityFeatures } from '../extract/entity-model/features.ts';
import type { ArticleText, Entity, EntityKind, Extraction } from '../extract/types.ts';
import type { GoldArticle } from '../eval/gold.ts';
import { entityNamesMatch } from '../eval/score-entities.ts';
import { fnv1a, logLoss } from './cross-validate.ts';
import { entityLabels, matchedKinds } from './entity-labels.ts';
import { trainLogistic, type FeatureVector, type LogisticModel, type TrainingRow } from './logistic.ts';

/** Weights are kept to this many decimals, so a retrain on the same data is byte-identical. */
const DECIMALS = 6;

export function roundTo(value: number, decimals: number = DECIMALS): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // -0 would print as 0 but compare unequal in tests of the JSON.
  return rounded === 0 ? 0 : rounded;
}

/** What cross-validation and training need of an article. */
export interface EntityRun {
  set: string;
  name: string;
  text: ArticleText;
  extraction: Extraction;
  gold: GoldArticle;
}

/** An article prepared once: features, labels and the scorer's name matches, which no threshold changes. */
export interface EntityArticle {
  set: string;
  name: string;
  entities: readonly Entity[];
  vectors: FeatureVector[];
  labels: (EntityLabel | null)[];
  /** Kinds the gold lists: only those are scored. */
  listedKinds: ReadonlySet<EntityKind>;
  speaking: boolean[];
  /** Per entity, the gold kinds it names. */
  matched: EntityKind[][];
  /** Per gold entity (of a listed kind), the indices of the extracted entities that name it. */
  goldMatches: { kind: EntityKind; entities: number[] }[];
}

export function prepareArticle(run: EntityRun): EntityArticle {
  const entities = run.extraction.entities;
  const speaking = speakingEntityIds(run.extraction);
  const listedKinds = new Set(Object.keys(run.gold.entities) as EntityKind[]);
  const goldMatches: EntityArticle['goldMatches'] = [];
  for (const kind of listedKinds) {
    for (const g of run.gold.entities[kind] ?? []) {
      const hits: number[] = [];
      entities.forEach((entity, i) => {
        if (entityNamesMatch({ name: entity.name, kind, aliases: entity.aliases }, g)) hits.push(i);
      });
      goldMatches.push({ kind, entities: hits });
    }
  }
  return {
    set: run.set,
    name: run.name,
    entities,
    vectors: entityFeatures(run.extraction, run.text),
    labels: entityLabels(entities, run.gold.entities),
    listedKinds,
    speaking: entities.map((entity) => speaking.has(entity.id)),
    matched: entities.map((entity) => matchedKinds(entity, run.gold.entities)),
    goldMatches,
  };
}

/** Entity counts as the scorer keeps them, so articles add up into a micro-average. */
export interface EntityCounts {
  gold: number;
  found: number;
  predicted: number;
  right: number;
}

export function emptyEntityCounts(): EntityCounts {
  return { gold: 0, found: 0, predicted: 0, right: 0 };
}

export function addEntityCounts(a: EntityCounts, b: EntityCounts): EntityCounts {
  return { gold: a.gold + b.gold, found: a.found + b.found, predicted: a.predicted + b.predicted, right: a.right + b.right };
}

export function precision(c: EntityCounts): number {
  return c.predicted === 0 ? 1 : c.right / c.predicted;
}

export function recall(c: EntityCounts): number {
  return c.gold === 0 ? 1 : c.found / c.gold;
}

export function f1(c: EntityCounts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * The scorer's counts for an article whose entities end with the given
 * kinds (null: dropped), from the matches prepared once. Equal to
 * scoreEntities on the decided entities (tested), without matching names again.
 */
export function countDecided(article: EntityArticle, finalKinds: readonly (EntityKind | null)[]): EntityCounts {
  const counts = emptyEntityCounts();
  finalKinds.forEach((kind, i) => {
    if (kind === null || !article.listedKinds.has(kind)) return;
    counts.predicted += 1;
    if (article.matched[i]!.includes(kind)) counts.right += 1;
  });
  for (const { kind, entities } of article.goldMatches) {
    counts.gold += 1;
    if (entities.some((i) => finalKinds[i] === kind)) counts.found += 1;
  }
  return counts;
}

/** Probabilities per entity per label, as the model scored them. */
export type ScoredEntities = Partial<Record<EntityLabel, number>>[];

export interface EntityLines {
  dropAt: number;
  rekindAt: number;
}

export function finalKinds(article: EntityArticle, scored: ScoredEntities, lines: EntityLines): (EntityKind | null)[] {
  return article.entities.map((entity, i) => {
    const { action, kind } = decide(entity, scored[i]!, lines, article.speaking[i]!);
    return action === 'drop' ? null : kind;
  });
}

/** Lines tried for dropping and re-kinding; NEVER is "leave it to the rules". */
export const LINE_GRID: readonly number[] = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, NEVER];

/**
 * The lines with the best F1 among those whose precision is at least the
 * rules' (over the given articles and their out-of-fold probabilities);
 * among equals the most cautious (highest) lines. Never-and-never, the rules
 * themselves, always qualifies.
 */
export function chooseLines(articles: readonly EntityArticle[], scored: readonly ScoredEntities[], grid: readonly number[] = LINE_GRID): EntityLines & { counts: EntityCounts } {
  const rules = articles.map((article) => article.entities.map((entity) => entity.kind as EntityKind | null)).reduce((sum, kinds, i) => addEntityCounts(sum, countDecided(articles[i]!, kinds)), emptyEntityCounts());
  let best: EntityLines & { counts: EntityCounts } = { dropAt: NEVER, rekindAt: NEVER, counts: rules };
  const floor = precision(rules);
  const sorted = [...grid].sort((a, b) => b - a);
  for (const dropAt of sorted) {
    for (const rekindAt of sorted) {
      let counts = emptyEntityCounts();
      articles.forEach((article, i) => (counts = addEntityCounts(counts, countDecided(article, finalKinds(article, scored[i]!, { dropAt, rekindAt })))));
      if (precision(counts) < floor) continue;
      // Strictly better only: from the highest lines down, so equals keep the cautious pair.
      if (f1(counts) > f1(best.counts) + 1e-12) best = { dropAt, rekindAt, counts };
    }
  }
  return best;
}

/** How an entity model is trained. */
export interface EntityTrainingPlan {
  iterations: number;
  /** L2 penalties tried; the one with the lowest summed out-of-fold log loss is kept (the strongest of equals). */
  l2Grid: readonly number[];
  innerFolds: number;
  /** Whether a set's articles take part in choosing the lines (all of them train the weights). */
  choosesLines: (set: string) => boolean;
}

export const DEFAULT_ENTITY_PLAN: EntityTrainingPlan = {
  iterations: 25,
  l2Grid: [3, 10, 30],
  innerFolds: 5,
  choosesLines: () => true,
};

/** Whether an article can say yes or no for a label: the kind must be one its gold lists. */
function labelScored(article: EntityArticle, label: EntityLabel): boolean {
  return label === 'none' || article.listedKinds.has(label);
}

/** The one-vs-rest rows of a label over the articles. */
export function labelRows(articles: readonly EntityArticle[], label: EntityLabel): TrainingRow[] {
  const rows: TrainingRow[] = [];
  for (const article of articles) {
    if (!labelScored(article, label)) continue;
    article.labels.forEach((gold, i) => {
      if (gold !== null) rows.push({ features: article.vectors[i]!, label: gold === label ? 1 : 0 });
    });
  }
  return rows;
}

/** One model per label that has both outcomes among the rows; weights rounded. */
export function fitLabels(articles: readonly EntityArticle[], l2: number, iterations: number): Partial<Record<EntityLabel, LogisticModel>> {
  const models: Partial<Record<EntityLabel, LogisticModel>> = {};
  for (const label of ENTITY_LABELS) {
    const rows = labelRows(articles, label);
    const positives = rows.filter((row) => row.label === 1).length;
    if (positives === 0 || positives === rows.length) continue;
    const fitted = trainLogistic(rows, { l2, iterations });
    const weights: Record<string, number> = {};
    for (const id of Object.keys(fitted.weights).sort()) {
      const weight = roundTo(fitted.weights[id]!);
      if (weight !== 0) weights[id] = weight;
    }
    models[label] = { bias: roundTo(fitted.bias), weights };
  }
  return models;
}

/** The inner fold of an article: a hash salted apart from the outer folds, so no inner fold is empty. */
export function innerFoldOf(set: string, name: string, k: number): number {
  const folder = set.split('/').filter((part) => part !== '').at(-1) ?? set;
  return fnv1a(`inner:${folder}/${name}`) % k;
}

function modelOf(models: Partial<Record<EntityLabel, LogisticModel>>): EntityModel {
  return { format: ENTITY_MODEL_FORMAT, models, dropAt: NEVER, rekindAt: NEVER, l2: 0, iterations: 0, training: [] };
}

/** Out-of-fold probabilities of every entity of every article, under inner k-fold CV at one penalty. */
export function outOfFold(articles: readonly EntityArticle[], l2: number, plan: EntityTrainingPlan): ScoredEntities[] {
  const folds = articles.map((article) => innerFoldOf(article.set, article.name, plan.innerFolds));
  const scored: ScoredEntities[] = articles.map(() => []);
  for (let fold = 0; fold < plan.innerFolds; fold += 1) {
    if (!folds.includes(fold)) continue;
    const training = articles.filter((_, i) => folds[i] !== fold);
    if (training.length === 0) continue;
    const model = modelOf(fitLabels(training, l2, plan.iterations));
    articles.forEach((article, i) => {
      if (folds[i] === fold) scored[i] = article.vectors.map((vector) => labelProbabilities(model, vector));
    });
  }
  return scored;
}

/** Summed out-of-fold log loss over every label's rows. */
function outOfFoldLoss(articles: readonly EntityArticle[], scored: readonly ScoredEntities[]): number {
  let total = 0;
  for (const label of ENTITY_LABELS) {
    const rows: { probability: number; label: 0 | 1 }[] = [];
    articles.forEach((article, a) => {
      if (!labelScored(article, label)) return;
      article.labels.forEach((gold, i) => {
        const p = scored[a]![i]?.[label];
        if (gold !== null && p !== undefined) rows.push({ probability: p, label: gold === label ? 1 : 0 });
      });
    });
    total += logLoss(rows) * rows.length;
  }
  return total;
}

export function summarizeEntitySets(articles: readonly EntityArticle[]): EntityTrainingSetSummary[] {
  const bySet = new Map<string, EntityTrainingSetSummary>();
  for (const article of articles) {
    const summary = bySet.get(article.set) ?? { set: article.set, articles: 0, rows: 0, rulesRight: 0 };
    summary.articles += 1;
    article.labels.forEach((label, i) => {
      if (label === null) return;
      summary.rows += 1;
      if (label === article.entities[i]!.kind) summary.rulesRight += 1;
    });
    bySet.set(article.set, summary);
  }
  return [...bySet.values()];
}

/**
 * The whole training: penalty by inner CV, lines on the out-of-fold
 * probabilities of the articles that choose them, weights on every article.
 */
export function trainEntityModel(articles: readonly EntityArticle[], plan: EntityTrainingPlan = DEFAULT_ENTITY_PLAN): EntityModel {
  if (articles.length === 0) throw new Error('entity model: no training articles');
  let chosen: { l2: number; loss: number; scored: ScoredEntities[] } | null = null;
  for (const l2 of [...plan.l2Grid].sort((a, b) => b - a)) {
    const scored = outOfFold(articles, l2, plan);
    const loss = outOfFoldLoss(articles, scored);
    if (chosen === null || loss < chosen.loss - 1e-9) chosen = { l2, loss, scored };
  }
  const choosing = articles.map((article, i) => ({ article, scored: chosen!.scored[i]! })).filter(({ article }) => plan.choosesLines(article.set));
  const lines = chooseLines(
    choosing.map(({ article }) => article),
    choosing.map(({ scored }) => scored),
  );
  return {
    format: ENTITY_MODEL_FORMAT,
    models: fitLabels(articles, chosen!.l2, plan.iterations),
    dropAt: lines.dropAt,
    rekindAt: lines.rekindAt,
    l2: chosen!.l2,
    iterations: plan.iterations,
    training: summarizeEntitySets(articles),
  };
}

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}

/** The model as committed: fixed field order, sorted labels and weights, a trailing newline. */
export function serializeEntityModel(model: EntityModel): string {
  const models: Record<string, { bias: number; weights: Record<string, number> }> = {};
  for (const label of [...ENTITY_LABELS].sort()) {
    const submodel = model.models[label];
    if (submodel !== undefined) models[label] = { bias: submodel.bias, weights: sortedRecord(submodel.weights) };
  }
  const ordered = {
    format: model.format,
    note: 'Written by scripts/entity-cv.ts --write; see docs/learned-entities.md. Do not edit by hand.',
    dropAt: model.dropAt,
    rekindAt: model.rekindAt,
    l2: model.l2,
    iterations: model.iterations,
    training: model.training.map((summary) => ({ set: summary.set, articles: summary.articles, rows: summary.rows, rulesRight: summary.rulesRight })),
    models,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
