/**
 * `GNS Science seismologist Jo Park`: the name before any person's role noun and a name is the
 * employer, also where the role is known by its learned ending (`-ologist`) or prefix (`co-`).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('an employer before a learned role', () => {
  it('makes a body of the name before seismologist', () => {
    expect(kindsAndNames('The quakes were deep. KGN Science seismologist Jo Ristau told reporters it was minor.')).toEqual([
      'organization:KGN Science',
      'person:Jo Ristau',
    ]);
  });

  it('makes a body of the name before co-director', () => {
    expect(kindsAndNames('The quakes were deep, Marrowfield co-director Jo Ristau said.')).toEqual(['organization:Marrowfield', 'person:Jo Ristau']);
  });
});

describe('a name that modifies a role after a verb of saying', () => {
  it('makes the employer of the name in said X general manager Y: the holder speaks, X employs', () => {
    expect(kindsAndNames('"Calls will be cheap," said KRU general manager Jo Ristau.')).toEqual(['organization:KRU', 'person:Jo Ristau']);
  });

  it('still makes a speaker of a name before a verb and a kin noun: Jo Ristau says son Ben', () => {
    expect(kindsAndNames('Jo Ristau says son Ben Ristau is doing well.')).toEqual(['person:Jo Ristau', 'person:Ben Ristau']);
  });
});

describe('a body after a learned role and its preposition', () => {
  it('makes a body of the name after a statistician with', () => {
    expect(kindsAndNames('The virus spread fast, a statistician with Marrowfield said.')).toEqual(['organization:Marrowfield']);
  });

  it('makes a body of the name after a co-director of', () => {
    expect(kindsAndNames('The virus spread fast, said a co-director of Marrowfield.')).toEqual(['organization:Marrowfield']);
  });
});
