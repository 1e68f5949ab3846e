/**
 * The learned entity decision (issue 8, decision c), applied after the
 * rules: one-vs-rest logistic models give every entity the rules found a
 * probability of being a person, an organization, a place, an event, or no
 * entity at all. The rules' kind stays unless the model is sure of another
 * kind or of "no entity" (lines chosen under cross-validation in
 * src/learn/entity-model.ts). Entities from the entity list are the
 * editor's word and are never changed; an entity some quote or statement
 * is attributed to is never dropped.
 */
import { entityIdFor } from '../entities/entity-id.ts';
import { predictProbability, type FeatureVector, type LogisticModel } from '../speakers/logistic-model.ts';
import type { ArticleText, Entity, EntityKind, Extraction } from '../types.ts';
import { entityFeatures } from './features.ts';
import { finite, isRecord, parseWeights } from '../model-json.ts';

export const ENTITY_MODEL_FORMAT = 'newsgraph-entity-model/1';

/** What the model decides between: a kind, or "not an entity". */
export type EntityLabel = EntityKind | 'none';

export const ENTITY_LABELS: readonly EntityLabel[] = ['event', 'none', 'organization', 'person', 'place'];
const KINDS: readonly EntityKind[] = ['event', 'organization', 'person', 'place'];

export interface EntityTrainingSetSummary {
  /** The gold set as named on the command line. */
  set: string;
  articles: number;
  /** Labelled entities, and those the rules gave the right kind. */
  rows: number;
  rulesRight: number;
}

export interface EntityModel {
  format: typeof ENTITY_MODEL_FORMAT;
  /** One model per label; a kind without one is never given to an entity. */
  models: Partial<Record<EntityLabel, LogisticModel>>;
  /** An entity is dropped when p(none) >= this (above 1: never). */
  dropAt: number;
  /** An entity takes another kind when that kind's p >= this and beats its own kind's (above 1: never). */
  rekindAt: number;
  l2: number;
  iterations: number;
  training: EntityTrainingSetSummary[];
}

/** Above any probability: the line that never fires. */
export const NEVER = 2;

export type EntityAction = 'keep' | 'rekind' | 'drop';

export interface EntityDecision {
  entityId: string;
  action: EntityAction;
  /** The kind after the decision (the rules' kind when kept or dropped). */
  kind: EntityKind;
  /** The model's probability per label it has a model for. */
  probabilities: Partial<Record<EntityLabel, number>>;
}

/** Probabilities of every label the model has, for one feature vector. */
export function labelProbabilities(model: EntityModel, features: FeatureVector): Partial<Record<EntityLabel, number>> {
  const out: Partial<Record<EntityLabel, number>> = {};
  for (const label of ENTITY_LABELS) {
    const submodel = model.models[label];
    if (submodel !== undefined) out[label] = predictProbability(submodel, features);
  }
  return out;
}

/** The ids of entities some quote or statement names (or possibly names) as its speaker. */
export function speakingEntityIds(extraction: Extraction): Set<string> {
  const ids = new Set<string>();
  for (const quote of extraction.quotes) {
    if (quote.speakerId !== null) ids.add(quote.speakerId);
    if (quote.possibleSpeakerId !== undefined) ids.add(quote.possibleSpeakerId);
  }
  for (const statement of extraction.statements) if (statement.speakerId !== null) ids.add(statement.speakerId);
  return ids;
}

/**
 * What the model does with one entity, given its probabilities: drop it,
 * give it another kind, or keep it. `speaks`: it is some quote's speaker, so
 * it stays and may only become another kind that can speak.
 */
export function decide(
  entity: Entity,
  probabilities: Partial<Record<EntityLabel, number>>,
  model: Pick<EntityModel, 'dropAt' | 'rekindAt'>,
  speaks: boolean,
): { action: EntityAction; kind: EntityKind } {
  if (entity.listId !== undefined) return { action: 'keep', kind: entity.kind };
  const none = probabilities.none;
  if (!speaks && none !== undefined && none >= model.dropAt) return { action: 'drop', kind: entity.kind };
  const own = probabilities[entity.kind] ?? 0;
  let best: EntityKind | null = null;
  for (const kind of KINDS) {
    if (kind === entity.kind) continue;
    if (speaks && kind !== 'person' && kind !== 'organization') continue;
    const p = probabilities[kind];
    if (p === undefined || p < model.rekindAt || p <= own) continue;
    if (best === null || p > probabilities[best]!) best = kind;
  }
  return best === null ? { action: 'keep', kind: entity.kind } : { action: 'rekind', kind: best };
}

/** The decision for every entity, in the order of `extraction.entities`. */
export function entityDecisions(extraction: Extraction, text: ArticleText, model: EntityModel): EntityDecision[] {
  const vectors = entityFeatures(extraction, text);
  const speaking = speakingEntityIds(extraction);
  const taken = new Set(extraction.entities.map((entity) => entity.id));
  return extraction.entities.map((entity, i) => {
    const probabilities = labelProbabilities(model, vectors[i]!);
    let { action, kind } = decide(entity, probabilities, model, speaking.has(entity.id));
    // Two entities may not share an id: a re-kind onto an existing entity's id is left to the rules.
    if (action === 'rekind') {
      const id = entityIdFor(kind, entity.name);
      if (taken.has(id)) ({ action, kind } = { action: 'keep', kind: entity.kind });
      else taken.add(id);
    }
    return { entityId: entity.id, action, kind, probabilities };
  });
}

/**
 * The extraction with the model's decisions applied: dropped entities go with
 * their mentions; a re-kinded entity gets the id of its new kind, and every
 * mention, quote and statement that pointed to it follows. Pure.
 */
export function applyEntityModel(extraction: Extraction, text: ArticleText, model: EntityModel): Extraction {
  const decisions = entityDecisions(extraction, text, model);
  return applyDecisions(extraction, decisions);
}

/** Applies decisions computed elsewhere (cross-validation reuses the probabilities). */
export function applyDecisions(extraction: Extraction, decisions: readonly EntityDecision[]): Extraction {
  const renamed = new Map<string, string>();
  const dropped = new Set<string>();
  const entities: Entity[] = [];
  extraction.entities.forEach((entity, i) => {
    const decision = decisions[i]!;
    if (decision.action === 'drop') dropped.add(entity.id);
    else if (decision.action === 'rekind') {
      const id = entityIdFor(decision.kind, entity.name);
      renamed.set(entity.id, id);
      entities.push({ ...entity, id, kind: decision.kind });
    } else entities.push(entity);
  });
  if (dropped.size === 0 && renamed.size === 0) return extraction;
  const idOf = (id: string): string => renamed.get(id) ?? id;
  const optional = (id: string | null): string | null => (id === null ? null : idOf(id));
  return {
    entities,
    mentions: extraction.mentions.filter((mention) => !dropped.has(mention.entityId)).map((mention) => (renamed.has(mention.entityId) ? { ...mention, entityId: idOf(mention.entityId) } : mention)),
    quotes: extraction.quotes.map((quote) => {
      const speakerId = optional(quote.speakerId);
      const possible = quote.possibleSpeakerId === undefined ? undefined : idOf(quote.possibleSpeakerId);
      if (speakerId === quote.speakerId && possible === quote.possibleSpeakerId) return quote;
      return possible === undefined ? { ...quote, speakerId } : { ...quote, speakerId, possibleSpeakerId: possible };
    }),
    statements: extraction.statements.map((statement) => {
      const speakerId = optional(statement.speakerId);
      return speakerId === statement.speakerId ? statement : { ...statement, speakerId };
    }),
  };
}


function parseLogistic(value: unknown, where: string): LogisticModel {
  if (!isRecord(value)) throw new Error(`${where}: expected an object`);
  return { bias: finite(value.bias, `${where}.bias`), weights: parseWeights(value.weights, where) };
}

/** Reads a parsed model JSON; throws naming the bad field. */
export function parseEntityModel(value: unknown): EntityModel {
  if (!isRecord(value)) throw new Error('entity model: expected a JSON object');
  if (value.format !== ENTITY_MODEL_FORMAT) throw new Error(`entity model.format: expected "${ENTITY_MODEL_FORMAT}"`);
  if (!isRecord(value.models)) throw new Error('entity model.models: expected an object');
  const models: Partial<Record<EntityLabel, LogisticModel>> = {};
  for (const [label, submodel] of Object.entries(value.models)) {
    if (!(ENTITY_LABELS as readonly string[]).includes(label)) throw new Error(`entity model.models.${label}: unknown label (expected one of ${ENTITY_LABELS.join(', ')})`);
    models[label as EntityLabel] = parseLogistic(submodel, `entity model.models.${label}`);
  }
  const dropAt = finite(value.dropAt, 'entity model.dropAt');
  const rekindAt = finite(value.rekindAt, 'entity model.rekindAt');
  if (dropAt < 0) throw new Error('entity model.dropAt: expected a number >= 0');
  if (rekindAt < 0) throw new Error('entity model.rekindAt: expected a number >= 0');
  if (!Array.isArray(value.training)) throw new Error('entity model.training: expected an array');
  const training = value.training.map((entry, i): EntityTrainingSetSummary => {
    const where = `entity model.training[${i}]`;
    if (!isRecord(entry) || typeof entry.set !== 'string') throw new Error(`${where}.set: expected a string`);
    return {
      set: entry.set,
      articles: finite(entry.articles, `${where}.articles`),
      rows: finite(entry.rows, `${where}.rows`),
      rulesRight: finite(entry.rulesRight, `${where}.rulesRight`),
    };
  });
  return {
    format: ENTITY_MODEL_FORMAT,
    models,
    dropAt,
    rekindAt,
    l2: finite(value.l2, 'entity model.l2'),
    iterations: finite(value.iterations, 'entity model.iterations'),
    training,
  };
}
