/**
 * Labels of the entity decision from gold, by the scorer's own name matching
 * (src/eval/score-entities.ts): an extracted entity is right for kind K when
 * it names a gold entity of kind K, and "not an entity" when it names no gold
 * entity of any kind the gold file lists.
 */
import type { EntityLabel } from '../extract/entity-model/apply.ts';
import type { Entity, EntityKind } from '../extract/types.ts';
import type { GoldArticle } from '../eval/gold.ts';
import { entityNamesMatch } from '../eval/score-entities.ts';

/** Kinds in the order a label is chosen when an entity names gold of several (rare: one name, two gold kinds). */
const KIND_ORDER: readonly EntityKind[] = ['person', 'organization', 'place', 'event'];

/** The gold kinds an entity names (by any of its names), among the kinds the gold lists. */
export function matchedKinds(entity: Pick<Entity, 'name' | 'aliases'>, gold: GoldArticle['entities']): EntityKind[] {
  return KIND_ORDER.filter((kind) => (gold[kind] ?? []).some((g) => entityNamesMatch({ name: entity.name, kind, aliases: entity.aliases }, g)));
}

/**
 * The label of each entity, or null when the scorer would not score it (its
 * kind is not one the gold lists, and it names no listed gold either: it
 * might be right, nobody annotated it). An entity naming gold of its own
 * kind keeps that kind even when it also names gold of another.
 */
export function entityLabels(entities: readonly Entity[], gold: GoldArticle['entities']): (EntityLabel | null)[] {
  return entities.map((entity) => {
    const kinds = matchedKinds(entity, gold);
    if (kinds.includes(entity.kind)) return entity.kind;
    if (kinds.length > 0) return kinds[0]!;
    return gold[entity.kind] === undefined ? null : 'none';
  });
}
