/**
 * `chairman` is written for women too: it makes a person male only when
 * nothing else shows their gender.
 */
import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Susan Phillips', kind: 'person', aliases: ['Phillips'], learnedRoles: ['chairman'] },
  { name: 'Pat Reyes', kind: 'person', aliases: ['Reyes'], learnedRoles: ['chairman'] },
  { name: 'Tom Berg', kind: 'person', aliases: ['Berg'] },
];

describe('a role men hold far more often', () => {
  it('leaves a chairman with a woman’s given name a woman: `Board chairman Susan Phillips … "…," she said`', () => {
    expect(
      publishedSpeakers(LIST, ['"Rates will hold," said Tom Berg.', 'Board chairman Susan Phillips said the market was calm. "There is no panic," she said.']),
    ).toEqual([
      ['Rates will hold,', 'Tom Berg'],
      ['There is no panic,', 'Susan Phillips'],
    ]);
  });

  it('makes a chairman whose given name shows no gender a man: `"…," she said` is not theirs', () => {
    expect(publishedSpeakers(LIST, ['Board chairman Pat Reyes said the market was calm. "There is no panic," she said.'])).toEqual([['There is no panic,', null]]);
  });
});
