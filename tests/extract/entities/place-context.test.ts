/**
 * Words before a name that say it is a place: a lowercase word for a part of
 * a place (`downtown Tarrow`), a preposition opening the sentence (`In Tarrow,`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('a part of a place', () => {
  it('makes the name after `downtown` a place', () => {
    expect(kindsAndNames('The crowd came together in downtown Tarrow on Saturday.')).toEqual(['place:Tarrow']);
  });

  it('makes the name after `rural` a place', () => {
    expect(kindsAndNames('Families across rural Dunmore waited for news.')).toEqual(['place:Dunmore']);
  });
});

describe('a preposition that opens the sentence', () => {
  it('makes the name after `In` a place', () => {
    expect(kindsAndNames('In Tarrow, residents were angry.')).toEqual(['place:Tarrow']);
  });

  it('makes the name after `At` a place', () => {
    expect(kindsAndNames('At Kell Orrin, crews worked through the night.')).toEqual(['place:Kell Orrin']);
  });

  it('makes a place of any invented one-word name after a sentence-opening `In`', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[QX][a-z]{3,8}$/), (name) => {
        expect(kindsAndNames(`In ${name}, residents were angry.`)).toEqual([`place:${name}`]);
      }),
    );
  });
});
