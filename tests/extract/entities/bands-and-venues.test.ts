import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('bands, eateries and brands in running text', () => {
  it('types the name after headliners or the band as an organization', () => {
    expect(named(['Headliners The Marsh Hares drew the biggest crowd.', 'Later the band Tin Orchard played an acoustic set.'])).toEqual([
      'organization:Marsh Hares',
      'organization:Tin Orchard',
    ]);
  });

  it('types a name before restaurant or after a cafe appositive as an organization', () => {
    expect(named(['We ate at the Quill Tavern restaurant.', 'Fans queued outside Lantern Moth, a cafe on the quay.'])).toEqual([
      'organization:Quill Tavern',
      'organization:Lantern Moth',
    ]);
  });

  it('types a one-word brand described as a brand as an organization', () => {
    expect(named(['She wore trainers from Vantor, the sportswear brand.'])).toEqual(['organization:Vantor']);
  });
});

describe('people known by one name', () => {
  it('takes a lone first name opening a sentence with an age as a person', () => {
    expect(named(['Declan, 52, has lived on the estate for years.'])).toEqual(['person:Declan']);
  });
});

describe('lists of titles one per line', () => {
  it('names nobody on the lines after a setlist lead ending in a colon', () => {
    expect(named(['The setlist leaned on the new record:', 'Copper Rain', 'Harbour Lights (acoustic)', 'Johnny Ocean', 'Mara Quell, 29, sang the encore alone.'])).toEqual([
      'person:Mara Quell',
    ]);
  });

  it('reads short lines after an ordinary colon as usual', () => {
    expect(named(['Those taking part include:', 'Dr Dorian Vance'])).toEqual(['person:Dorian Vance']);
  });
});

describe('bodies named right after what they are', () => {
  it('types an acronym after the public broadcaster as an organization', () => {
    expect(named(['The minister told the public broadcaster KRV on Tuesday that talks had failed.'])).toEqual(['organization:KRV']);
  });

  it('types a single word after the regulator as an organization', () => {
    expect(named(['Bills will rise, the regulator Aqualine warned.'])).toEqual(['organization:Aqualine']);
  });
});
