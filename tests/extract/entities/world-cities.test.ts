/**
 * The world-cities table (`src/extract/gazetteer/world-cities.ts`): larger towns that no decisive
 * table holds are evidence for a place, except for a name that speaks (`"…," Lubbock said`), and a
 * surname that is also a town still joins its person.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { isWorldCity, lookupKnownName } from '../../../src/extract/gazetteer/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('the world-cities table', () => {
  it.each(['Lubbock', 'Kolhāpur', 'Kolhapur', 'Ichihara', 'Virginia Beach', 'Germersheim', 'Royston'])('holds %s', (written) => {
    expect(isWorldCity(written)).toBe(true);
  });

  it.each(['Reading', 'Mobile', 'Trevor', 'Tarrow'])('leaves out %s (an English word, a given name or no city)', (written) => {
    expect(isWorldCity(written)).toBe(false);
  });

  it('holds no name a decisive table already knows', () => {
    expect(lookupKnownName('Lubbock')).toBeUndefined();
    expect(isWorldCity('Chicago')).toBe(false);
  });
});

describe('a world city in the text', () => {
  it('is a place even after a reporting verb', () => {
    expect(kindsAndNames('Officials said Lubbock needs more buses.')).toEqual(['place:Lubbock']);
  });

  it('is a place however small, down to 15,000 people', () => {
    expect(kindsAndNames('Officials said Germersheim needs more buses.')).toEqual(['place:Germersheim']);
  });

  it('is no place when it speaks: a person of that name said it', () => {
    expect(kindsAndNames('The council met on Monday.', '"The buses are full," Lubbock said.')).toEqual(['person:Lubbock']);
  });

  it('is no place anywhere in the text once it speaks: `the bill was tied to Lubbock` and `Lubbock wrote`', () => {
    expect(kindsAndNames('The bill was tied to Lubbock by the council.', 'Lubbock has said the buses are full.', '"Fund the buses," Lubbock wrote.')).toEqual(['person:Lubbock']);
  });

  it('is no place anywhere in the text once written with a person\'s title: `President Lubbock`', () => {
    expect(kindsAndNames('President Lubbock opened the fair.', 'The crowd went to Lubbock.', 'Few voted against Lubbock.')).toEqual(['person:Lubbock']);
  });

  it('stays a place when no mention of it speaks', () => {
    expect(kindsAndNames('The bill was tied to Lubbock by the council.', 'The money went to Lubbock in June.', 'Officials in Lubbock said the buses were full.')).toEqual([
      'place:Lubbock',
    ]);
  });

  it('is no place after `the`', () => {
    expect(kindsAndNames('Officials said the Lubbock needs more buses.')).toEqual([]);
  });

  it('is found written without its accents', () => {
    expect(kindsAndNames('Officials said Kolhapur needs more buses.')).toEqual(['place:Kolhapur']);
  });

  it('as a surname still joins its person', () => {
    expect(kindsAndNames('Dana Frisco runs the bakery.', 'Frisco said sales rose this year.')).toEqual(['person:Dana Frisco']);
  });
});
