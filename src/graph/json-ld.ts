import type { EntityKind } from '../extract/types.ts';
import type { HrefFor } from './routes.ts';
import type { SiteEntity } from './types.ts';

/** A JSON-LD node: plain data, serialized with serializeJsonLd. */
export type JsonLd = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLd | JsonLdValue[];

const SCHEMA_TYPE: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
  event: 'Event',
};

/**
 * The page's JSON-LD as one document: `{ "@context", "@graph": [...] }`.
 * `urlFor` should give absolute URLs when the site URL is known.
 */
export function jsonLdDocument(nodes: readonly JsonLd[]): JsonLd {
  return { '@context': 'https://schema.org', '@graph': [...nodes] };
}

/** An entity page's own node: its schema.org type, other names and, when known, description and Wikidata item. */
export function entityJsonLd(entity: SiteEntity, urlFor: HrefFor): JsonLd {
  const node: JsonLd = { '@type': SCHEMA_TYPE[entity.kind], name: entity.name, url: urlFor({ page: 'entity', slug: entity.slug }) };
  const otherNames = otherNamesOf(entity);
  if (otherNames.length > 0) node.alternateName = otherNames;
  if (entity.description !== undefined) node.description = entity.description;
  if (entity.wikidata !== undefined) node.sameAs = wikidataUrl(entity.wikidata);
  return node;
}

/** The aliases an entity is written as besides its name. */
export function otherNamesOf(entity: Pick<SiteEntity, 'name' | 'aliases'>): string[] {
  return entity.aliases.filter((alias) => alias !== entity.name);
}

export function wikidataUrl(item: string): string {
  return `https://www.wikidata.org/wiki/${item}`;
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and
 * the two JavaScript line separators are written as \u escapes, so no string
 * (a title holding `</script>`, say) can end the block or open a comment.
 * The result parses back to the same value.
 */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
