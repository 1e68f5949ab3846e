import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('nouns for a person of a nation', () => {
  it('never makes an entity of the Swede, the Spaniard or the Dutchman', () => {
    expect(named([
      'Nils Arvedson, 27, beat Tomas Ibarreta, 31, in Madrid.',
      'The Swede said he had felt tired, while the Spaniard blamed the wind.',
      '"It was close," said the Dutchman, who lost earlier.',
    ])).toEqual(['person:Nils Arvedson', 'person:Tomas Ibarreta', 'place:Madrid']);
  });

  it('never makes an entity of a plural nationality such as Aussies', () => {
    expect(named(['Aussies queued for hours outside the ground.'])).toEqual([]);
  });
});
