/**
 * Lowercase words around a name that say it is a place: a word for a part of
 * a place before it (`downtown Tarrow`), a noun for a kind of place after it
 * (`the Tarrin area`).
 */
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

describe('a lowercase noun for a kind of place after a name', () => {
  it('makes the name before `area` a place', () => {
    expect(kindsAndNames('Crews were sent to the Tarrin area overnight.')).toEqual(['place:Tarrin']);
  });

  it('makes the name before `junction` a place', () => {
    expect(kindsAndNames('She waited at a bus stop at the Tarrin junction overnight.')).toEqual(['place:Tarrin']);
  });
});

describe('a preposition that opens the sentence', () => {
  it('makes the name after `In` a place', () => {
    expect(kindsAndNames('In Tarrow, residents were angry.')).toEqual(['place:Tarrow']);
  });

  it('makes the name after `At` a place', () => {
    expect(kindsAndNames('At Kell Orrin, crews worked through the night.')).toEqual(['place:Kell Orrin']);
  });
});
