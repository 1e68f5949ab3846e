/**
 * The entity half of the extraction engine: who and what an article names,
 * and where. Pure functions over ArticleText; no I/O.
 */
import type { ArticleText, Entity, EntityListEntry, EntityMention } from '../types.ts';
import { findEntities as findEntitiesInBlocks } from './find-entities.ts';

export { entityAt } from './entity-at.ts';
export { entityIdFor } from './entity-id.ts';

/**
 * Entities named in the article (people, places, organizations, events) and
 * every mention of them, by name or by a resolved role phrase. Names the
 * entity list knows resolve to its entries.
 */
export function findEntities(
  article: ArticleText,
  list: readonly EntityListEntry[] = [],
): { entities: Entity[]; mentions: EntityMention[] } {
  return findEntitiesInBlocks(article, list);
}
