import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): [string, string][] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => [entity.kind, entity.name]);
}

describe('roles and ages in an appositive make the name a person', () => {
  it('reads an age written as a modifier (a 47-year-old) as a person', () => {
    expect(named(['Dalia Montes Orellana, a 47-year-old market vendor, said prices had doubled.'])).toEqual([['person', 'Dalia Montes Orellana']]);
  });

  it('reads a capitalized role first in the appositive (CEO of a conglomerate) as the head, not the body after it', () => {
    expect(named(['My first question went to Vikram Oyelaran, CEO of a pan-African conglomerate.'])).toEqual([['person', 'Vikram Oyelaran']]);
  });

  it('reads a capitalized learned role (an Assyriologist) as a person role', () => {
    expect(named(['Tobin Marsh, an Assyriologist who reviewed the tablets, said they were genuine.'])).toEqual([['person', 'Tobin Marsh']]);
  });

  it('reads a prefixed role before the name (the co-director, X,) as a person role', () => {
    expect(named(['The dig’s co-director, Halim Abdel Sayed, said the site was intact.'])).toEqual([['person', 'Halim Abdel Sayed']]);
  });

  it('takes no role from an appositive opened by a preposition: the body in it is where the name belongs', () => {
    expect(named(['Tavish Varkey, from human rights group Liberty, joined the calls.'])).toEqual([]);
    expect(named(['Tavish Varkey, from human rights group Liberty, said the calls were right.'])).toEqual([['person', 'Tavish Varkey']]);
  });
});
