/**
 * A full name after a place and a possessive (`Jamaica's Tam Vero`) is one
 * of the place's people: a player, a citizen, a resident.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`).sort();
}

describe('a full name after a place and a possessive', () => {
  it('makes the name a person', () => {
    expect(kindsAndNames("Jamaica's Tamsin Orrow takes on a defender during the friendly.")).toEqual(['person:Tamsin Orrow', 'place:Jamaica']);
  });

  it('leaves a one-word name after a place and a possessive alone', () => {
    expect(kindsAndNames("Jamaica's Orrow takes on a defender during the friendly.")).not.toContain('person:Orrow');
  });
});
