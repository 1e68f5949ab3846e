import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

/** Tom Reed is the one `the mayor` was resolved to; Ann Wells is named after the role. */
const PEOPLE: FakeEntity[] = [
  { name: 'Tom Reed', kind: 'person', aliases: ['Reed'], roles: ['the mayor'] },
  { name: 'Ann Wells', kind: 'person', aliases: ['Wells'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(PEOPLE, paragraphs);

describe('a role phrase after the verb, then a comma and a name', () => {
  it('gives the quote to the name, not to whom the role phrase was resolved: `said the mayor, Ann Wells`', () => {
    expect(speakers(['"We will cut the deficit," said the mayor, Ann Wells.'])).toEqual([['We will cut the deficit,', 'Ann Wells']]);
  });

  it('reaches the name past words that end the role phrase: `said the mayor at the time, Ann Wells`', () => {
    expect(speakers(['"We will cut the deficit," said the mayor at the time, Ann Wells.'])).toEqual([['We will cut the deficit,', 'Ann Wells']]);
  });

  it('keeps the role phrase when the name after the comma is in the possessive: `said the mayor, Wells\'s ally`', () => {
    expect(speakers(['"We will cut the deficit," said the mayor, Wells\'s ally.'])).toEqual([['We will cut the deficit,', 'Tom Reed']]);
  });

  it('keeps the role phrase when no name follows it: `said the mayor.`', () => {
    expect(speakers(['"We will cut the deficit," said the mayor.'])).toEqual([['We will cut the deficit,', 'Tom Reed']]);
  });
});
