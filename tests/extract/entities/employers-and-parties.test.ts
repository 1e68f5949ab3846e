/** A lowercase `party` after a name makes it a body: `the Kemvar Tolun party`. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('a party named with a lowercase `party`', () => {
  it('makes the name before `party` an organization', () => {
    expect(kindsAndNames('The move was backed by the far-right Kemvar Tolun party on Monday.')).toEqual(['organization:Kemvar Tolun']);
  });
});
