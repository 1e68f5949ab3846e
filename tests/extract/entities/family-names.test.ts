import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): [string, string, string[]][] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => [entity.kind, entity.name, entity.aliases]);
}

describe('Spanish and Portuguese double family names', () => {
  it('resolves the first of two family names, used alone, to the full name', () => {
    expect(named(['Voters cheered Ignacio Barrera Quintanilla at the rally.', 'Barrera thanked the volunteers.'])).toEqual([
      ['person', 'Ignacio Barrera Quintanilla', ['Ignacio Barrera Quintanilla', 'Barrera', 'Quintanilla']],
    ]);
  });

  it('resolves both family names without the given names to the full name', () => {
    expect(named(['Voters cheered Ignacio Barrera Quintanilla at the rally.', 'Barrera Quintanilla thanked the volunteers.'])).toEqual([
      ['person', 'Ignacio Barrera Quintanilla', ['Ignacio Barrera Quintanilla', 'Barrera Quintanilla', 'Quintanilla']],
    ]);
  });

  it('resolves a family name after two given names', () => {
    expect(named(['Supporters of Luisa Marisol Ochoa Bermúdez gathered early.', 'Ochoa refused to concede.'])).toEqual([
      ['person', 'Luisa Marisol Ochoa Bermúdez', ['Luisa Marisol Ochoa Bermúdez', 'Ochoa', 'Bermúdez']],
    ]);
  });

  it('leaves an inner family name two people share unresolved to either', () => {
    const people = named([
      'Ignacio Barrera Quintanilla said the count was fair.',
      'Paloma Barrera Fuentes said it was not.',
      'Barrera thanked the volunteers.',
    ]).filter(([kind]) => kind === 'person');
    expect(people.map(([, name, aliases]) => [name, aliases.includes('Barrera')])).toEqual([
      ['Ignacio Barrera Quintanilla', false],
      ['Paloma Barrera Fuentes', false],
    ]);
  });
});
