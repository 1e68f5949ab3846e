/**
 * A pronoun finds the person whose given name shows its gender, from the
 * generated lists of one gender as well as the hand-kept names.
 */
import { describe, expect, it } from 'vitest';
import { GIVEN_NAME_GENDER } from '../../../src/extract/lexicon/discourse-words.ts';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Gwendolyn Marsh', kind: 'person', aliases: ['Marsh'] },
  { name: 'Thaddeus Crane', kind: 'person', aliases: ['Crane'] },
  { name: 'Leslie Vance', kind: 'person', aliases: ['Vance'] },
  { name: 'Tom Berg', kind: 'person', aliases: ['Berg'] },
  { name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] },
];

const CHAIRED: FakeEntity[] = [
  { name: 'Gwendolyn Marsh', kind: 'person', aliases: ['Marsh'], learnedRoles: ['chairman'] },
  { name: 'Tom Berg', kind: 'person', aliases: ['Berg'] },
];

describe('given names of one gender from the generated lists', () => {
  it('gives `she` to the woman of two people named only on the lists', () => {
    expect(
      publishedSpeakers(LIST, ['Thaddeus Crane met Gwendolyn Marsh at the port.', 'She said: "We have taken legal advice."']),
    ).toEqual([['We have taken legal advice.', 'Gwendolyn Marsh']]);
  });

  it('gives `he` to the man of two people named only on the lists', () => {
    expect(
      publishedSpeakers(LIST, ['Gwendolyn Marsh met Thaddeus Crane at the port.', '"We have taken legal advice," he said.']),
    ).toEqual([['We have taken legal advice,', 'Thaddeus Crane']]);
  });

  it('lets a woman’s given name from the lists override `chairman`: `Party chairman Gwendolyn Marsh … She said:`', () => {
    expect(
      publishedSpeakers(CHAIRED, ['"Rates will hold," said Tom Berg.', 'Party chairman Gwendolyn Marsh urged the two members to step down.', 'She said: "We have taken legal advice."']),
    ).toEqual([
      ['Rates will hold,', 'Tom Berg'],
      ['We have taken legal advice.', 'Gwendolyn Marsh'],
    ]);
  });

  it('reads no gender from a name on both lists (`Leslie`), and a generated one (`Petrina`, `Cornelius`) from the one list', () => {
    expect(GIVEN_NAME_GENDER.get('leslie')).toBeUndefined();
    expect(GIVEN_NAME_GENDER.get('petrina')).toBe('female');
    expect(GIVEN_NAME_GENDER.get('cornelius')).toBe('male');
  });
});
