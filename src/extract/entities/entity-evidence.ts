/**
 * Why an entity has its kind, in ids an editor can read: where the name is
 * known from (the entity list, the gazetteer), a head word or title in the
 * name itself, then the context clues of its mentions that weighed most for
 * that kind. Kept on the entity as `evidence`, strongest first.
 */
import type { EntityGroup } from './cluster.ts';

/** At most this many ids: the explanation names what decided, not every clue. */
export const MAX_ENTITY_EVIDENCE = 3;

export function entityEvidence(group: EntityGroup): string[] {
  if (group.listEntry !== undefined) return ['entity-list'];
  const known = group.candidates.find((candidate) => candidate.known !== undefined);
  if (known?.known?.kind === group.kind) return ['gazetteer'];
  const weights = new Map<string, number>();
  const add = (id: string, weight: number) => weights.set(id, (weights.get(id) ?? 0) + weight);
  for (const candidate of group.candidates) {
    if (candidate.headKind === group.kind) add('head-word', Number.POSITIVE_INFINITY);
    for (const clue of candidate.clues ?? []) {
      if (clue.kind === group.kind) add(clue.id, clue.weight);
    }
  }
  return [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_ENTITY_EVIDENCE)
    .map(([id]) => id);
}
