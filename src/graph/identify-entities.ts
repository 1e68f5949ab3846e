import type { EntityKind, EntityListEntry } from '../extract/types.ts';
import { inArticle } from './article-error.ts';
import type { SiteArticle } from './types.ts';

/** An entity as known across all articles, before pages are built from it. */
export interface Identity {
  key: string;
  name: string;
  kind: EntityKind;
  listId?: string;
  listed?: EntityListEntry;
  aliases: Set<string>;
  roles: Set<string>;
  affiliations: Set<string>;
}

/**
 * Site-wide identity of an entity: its entity-list id when it has one, else
 * its kind and canonical name, so the same unlisted name of two kinds stays
 * two entities and every article naming "Vladimir Putin" the person meets
 * on one page.
 */
export function entityKey(entity: { listId?: string | undefined; kind: EntityKind; name: string }): string {
  return entity.listId ? `list:${entity.listId}` : `${entity.kind}:${entity.name.normalize('NFC')}`;
}

/** Article slug -> article-local entity id -> site-wide entity key. */
export type LocalKeys = Map<string, Map<string, string>>;

/** Merges each article's local entities into site-wide identities. */
export function identifyEntities(
  ordered: readonly SiteArticle[],
  entityList: readonly EntityListEntry[],
): { identities: Map<string, Identity>; localKeys: LocalKeys } {
  const listById = new Map(entityList.map((entry) => [entry.id, entry]));
  const identities = new Map<string, Identity>();
  const localKeys: LocalKeys = new Map();

  const identify = (fields: { listId?: string | undefined; name: string; kind: EntityKind }): Identity => {
    const listed = fields.listId === undefined ? undefined : listById.get(fields.listId);
    const key = entityKey(fields);
    let identity = identities.get(key);
    if (!identity) {
      // The list's name and kind win over an article's, so a listed entity reads the same on every page.
      identity = {
        key,
        name: listed?.name ?? fields.name,
        kind: listed?.kind ?? fields.kind,
        aliases: new Set(),
        roles: new Set(),
        affiliations: new Set(),
        ...(fields.listId === undefined ? {} : { listId: fields.listId }),
        ...(listed === undefined ? {} : { listed }),
      };
      identities.set(key, identity);
    }
    return identity;
  };

  for (const article of ordered) {
    const local = new Map<string, string>();
    inArticle(article, 'identifying its entities', () => {
      for (const entity of article.extraction.entities) {
        const listId = entity.listId ?? (listById.has(entity.id) ? entity.id : undefined);
        const identity = identify({ listId, name: entity.name, kind: entity.kind });
        for (const alias of entity.aliases) identity.aliases.add(alias);
        for (const role of entity.roles) identity.roles.add(role);
        for (const affiliation of entity.affiliations) identity.affiliations.add(affiliation);
        local.set(entity.id, identity.key);
      }
      // A speaker the extraction named without listing it as an entity still gets a page.
      for (const speech of [...article.extraction.quotes, ...article.extraction.statements]) {
        if (speech.speakerId === null || speech.speaker === null || local.has(speech.speakerId)) continue;
        const listed = listById.get(speech.speakerId);
        const identity = identify(listed ? { listId: listed.id, name: listed.name, kind: listed.kind } : { name: speech.speaker, kind: 'person' });
        local.set(speech.speakerId, identity.key);
      }
    });
    localKeys.set(article.slug, local);
  }
  return { identities, localKeys };
}
