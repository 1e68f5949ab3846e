/**
 * The short form of a month or a day (`Jun`, `Jan`, `Sun`) is a date only
 * with a full stop or a number after it; beside another word of a name, with
 * neither, it is part of the name.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(...paragraphs: string[]): string[][] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => [entity.name, entity.kind]);
}

describe('a month’s or a day’s short form in a run of names', () => {
  it('is the last word of a name before a verb: `columnist Ai Jun wrote`', () => {
    expect(named('"It is far from heartwarming," columnist Ai Jun wrote in the piece.')).toEqual([['Ai Jun', 'person']]);
  });

  it('is the first word of a name: `Jan Novak, a teacher,`', () => {
    expect(named('Jan Novak, a teacher, spoke.')).toEqual([['Jan Novak', 'person']]);
  });

  it('is a date before a number: `on Jun 5 in Lisbon`', () => {
    expect(named('The vote was held on Jun 5 in Lisbon.')).toEqual([['Lisbon', 'place']]);
  });
});
