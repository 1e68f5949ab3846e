import type { EntityKind } from '../extract/types.ts';

/** Entity kinds in the order pages list them, with their headings. */
export const ENTITY_KINDS: readonly { kind: EntityKind; plural: string; singular: string }[] = [
  { kind: 'person', plural: 'People', singular: 'Person' },
  { kind: 'place', plural: 'Places', singular: 'Place' },
  { kind: 'organization', plural: 'Organizations', singular: 'Organization' },
  { kind: 'event', plural: 'Events', singular: 'Event' },
];

export function kindLabel(kind: EntityKind): string {
  return ENTITY_KINDS.find((entry) => entry.kind === kind)?.singular ?? kind;
}
