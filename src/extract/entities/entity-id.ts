import type { EntityKind } from '../types.ts';

/**
 * A stable, article-independent id for an entity not in the entity list:
 * `person/vladimir-putin`. Accents are folded and anything but letters and
 * digits becomes a single hyphen, so the id is safe in a URL path.
 */
export function entityIdFor(kind: EntityKind, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${kind}/${slug || 'unnamed'}`;
}
