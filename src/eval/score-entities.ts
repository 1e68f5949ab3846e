import type { EntityKind } from '../extract/types.ts';
import type { GoldArticle, GoldEntity } from './gold.ts';
import { anyNamesMatch } from './names-match.ts';
import type { PredictedEntity } from './prediction.ts';

export interface EntityCounts {
  /** The kinds the gold file lists; entities of other kinds are not scored. */
  kinds: EntityKind[];
  gold: number;
  /** Gold entities some predicted entity of the same kind names. */
  found: number;
  predicted: number;
  /** Predicted entities that name some gold entity of the same kind. */
  right: number;
}

/** Whether a predicted entity names a gold entity by any of their names; kinds are compared by the caller. */
export function entityNamesMatch(predicted: PredictedEntity, gold: GoldEntity): boolean {
  return anyNamesMatch([predicted.name, ...(predicted.aliases ?? [])], [gold.name, ...gold.aliases]);
}

/** Entities match by name or any alias (name rules) and by kind; several may match one. */
export function scoreEntities(predicted: readonly PredictedEntity[], gold: GoldArticle['entities']): EntityCounts {
  const kinds = (Object.keys(gold) as EntityKind[]).sort();
  const counts: EntityCounts = { kinds, gold: 0, found: 0, predicted: 0, right: 0 };
  for (const kind of kinds) {
    const goldOfKind = gold[kind] ?? [];
    const predictedOfKind = predicted.filter((entity) => entity.kind === kind);
    counts.gold += goldOfKind.length;
    counts.found += goldOfKind.filter((g) => predictedOfKind.some((p) => entityNamesMatch(p, g))).length;
    counts.predicted += predictedOfKind.length;
    counts.right += predictedOfKind.filter((p) => goldOfKind.some((g) => entityNamesMatch(p, g))).length;
  }
  return counts;
}
