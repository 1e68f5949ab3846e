/**
 * A surname that is also a town's name (`Clinton`, `Obama`, `Rubio` are all
 * towns of the world-cities table) is the person's once the article names
 * them in full, when nothing around it reads as a place; shared by two
 * people, it is neither one of them nor the town until its context says.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function entitiesOf(...paragraphs: string[]) {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map(({ name, kind, aliases }) => ({ name, kind, aliases }));
}

describe('a surname that is a town', () => {
  it('joins the one person named in full, even where it comes first', () => {
    expect(entitiesOf('Clinton said the vote would be close.', 'Mary Clinton spoke on Monday.')).toEqual([
      { name: 'Mary Clinton', kind: 'person', aliases: ['Clinton', 'Mary Clinton'] },
    ]);
  });

  it('keeps the person a person however often the surname alone comes after the full name', () => {
    expect(
      entitiesOf('Mary Clinton spoke on Monday.', 'Later Clinton toured the plant.', 'Then Clinton met the workers.', 'Clinton left at noon.').map((entity) => [entity.name, entity.kind]),
    ).toEqual([['Mary Clinton', 'person']]);
  });

  it('keeps the person a person when the surname alone comes after prepositions a town could follow', () => {
    expect(
      entitiesOf(
        'Mary Clinton spoke on Monday.',
        'Many voters have faith in Clinton.',
        'Others have doubts about Clinton.',
        'Some are angry with Clinton.',
        'Few in Clinton agree.',
      ).map((entity) => [entity.name, entity.kind]),
    ).toEqual([['Mary Clinton', 'person']]);
  });

  it('is a person of its own when two people share it and it is the subject of a verb of saying', () => {
    expect(entitiesOf('Mary Clinton and Tom Clinton arrived together.', 'The vote would be close, Clinton said.').map((entity) => [entity.name, entity.kind])).toEqual([
      ['Mary Clinton', 'person'],
      ['Tom Clinton', 'person'],
      ['Clinton', 'person'],
    ]);
  });

  it('is no town when two people share it, even after prepositions a town could follow', () => {
    expect(
      entitiesOf(
        'Mary Clinton and Tom Clinton arrived together.',
        'Many voters have faith in Clinton.',
        'Others have doubts about Clinton.',
        'Some are angry with Clinton.',
        'Few in Clinton agree.',
        'The vote would be close, Clinton said.',
        'Clinton said it again.',
      ).map((entity) => [entity.name, entity.kind]),
    ).toEqual([
      ['Mary Clinton', 'person'],
      ['Tom Clinton', 'person'],
      ['Clinton', 'person'],
    ]);
  });

  it('is the town when no person of that name is in the article', () => {
    expect(entitiesOf('Officials in Clinton said the vote would be close.').map((entity) => [entity.name, entity.kind])).toEqual([['Clinton', 'place']]);
  });
});
