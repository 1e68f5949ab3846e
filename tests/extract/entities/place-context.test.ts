/**
 * Words around a name that say it is a place: a lowercase word for a part of
 * a place (`downtown Tarrow`), a place that owns it (`Vell Tarran's Oss Ma
 * district`), and a preposition that governs it even before a reporting verb.
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

describe('a place that owns a place', () => {
  it('makes the owner of a district a place', () => {
    expect(kindsAndNames('A rival was shot in Vell Tarran’s Oss Ma district in 2006.')).toEqual(['place:Vell Tarran', 'place:Oss Ma']);
  });

  it('still reads the owner of a person as an employer', () => {
    expect(kindsAndNames('Westbury Rovers’ manager praised Kestrel Dynamics’s Sam Okafor.')).toContain('person:Sam Okafor');
  });
});

describe('a name a preposition governs', () => {
  it('is no subject of the reporting verb after it', () => {
    expect(kindsAndNames('Residents who live in New Tarrow told reporters they were angry.')).toEqual(['place:New Tarrow']);
  });

  it('leaves a name that opens the clause the speaker', () => {
    expect(kindsAndNames('Residents were angry, and Mara Ellison told reporters so.')).toEqual(['person:Mara Ellison']);
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
