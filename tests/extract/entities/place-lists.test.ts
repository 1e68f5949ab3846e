/**
 * Places named once in a list or after a kind of land: the preposition before
 * a list of names governs each name in it, and `the town of X` or `X province`
 * says what X is.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('a preposition before a list of names', () => {
  it('makes every name of `in X and Y` a place', () => {
    expect(kindsAndNames('Rents rose fastest in Brindlecot and Oxmarsh last year.')).toEqual(['place:Brindlecot', 'place:Oxmarsh']);
  });

  it('makes every name of `to X, Y and Z` a place', () => {
    expect(kindsAndNames('The show will tour to Brindlecot, Oxmarsh and Pellworth next spring.')).toEqual([
      'place:Brindlecot',
      'place:Oxmarsh',
      'place:Pellworth',
    ]);
  });

  it('leaves a place with its province after a comma out of any list', () => {
    expect(kindsAndNames('Smoke hung over homes in Brindlecot, Wend. on Friday.')).toEqual(['place:Brindlecot']);
  });

  it('leaves a full name with a place of its own a person', () => {
    expect(kindsAndNames('Reporting by Tomas Reyke in Oxmarsh and Dalia Fenwright in Pellworth.').filter((e) => e.includes('Fenwright'))).not.toContain(
      'place:Dalia Fenwright',
    );
  });

  it('leaves the reporters of a credit line out of the places', () => {
    expect(kindsAndNames('With reports from Tomas Reyke and Dalia Fenwright.')).not.toContain('place:Dalia Fenwright');
  });
});

describe('a kind of land around a name', () => {
  it('makes the name after `the town of` a place', () => {
    expect(kindsAndNames('Floodwater reached the town of Oxmarsh overnight.')).toEqual(['place:Oxmarsh']);
  });

  it('makes every name of `the municipalities of X and Y` a place', () => {
    expect(kindsAndNames('Alerts rose in the municipalities of Brindlecot and Oxmarsh.')).toEqual(['place:Brindlecot', 'place:Oxmarsh']);
  });

  it('makes the name before a lowercase `province` a place', () => {
    expect(kindsAndNames('Crops failed across much of Pellworth province this year.')).toEqual(['place:Pellworth']);
  });
});

describe('a town and a body named for it', () => {
  it('keeps a town read twice as a place apart from the school named for it', () => {
    expect(kindsAndNames('The quake struck near Oxmarsh at noon.', 'Pupils at Oxmarsh School were sent home.', 'Roads outside Oxmarsh were closed.')).toEqual([
      'place:Oxmarsh',
      'organization:Oxmarsh School',
    ]);
  });

  it('leaves a short name read once after a preposition with the club it stands for', () => {
    expect(kindsAndNames('Ravi Demmel joined Pellworth United on Monday.', 'The move to United cost about £9m.')).not.toContain('place:United');
  });
});
