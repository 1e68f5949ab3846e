/**
 * Titles a capitalized run can hold before a name, beyond the plain ones:
 * a treasurer, an editor, a member of a devolved parliament, and a title made
 * with a hyphen (`Vice-President`, `Under-Secretary`); and what stands after a
 * title's `of`: a lowercase title's complement is its holder's employer
 * (`a director of Zentrix`), a capitalized title's is part of the title
 * (`Director of Public Health`).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function entitiesOf(paragraph: string) {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs: [paragraph] }).entities.map(({ name, kind, roles }) => ({ name, kind, roles }));
}

describe('titles before a name', () => {
  it('reads Treasurer as a title after a nationality', () => {
    expect(entitiesOf('Australian Treasurer Paul Kerrigan said the deficit would fall.')).toEqual([
      { name: 'Paul Kerrigan', kind: 'person', roles: ['treasurer'] },
    ]);
  });

  it('reads Managing Editor as a title', () => {
    expect(entitiesOf('Managing Editor Mina Ward said the paper would appeal.')).toEqual([
      { name: 'Mina Ward', kind: 'person', roles: ['managing editor'] },
    ]);
  });

  it('reads a hyphenated title after an employer', () => {
    expect(entitiesOf('Rates will stay, Bundesbank Vice-President Helga Brandt told reporters.')).toEqual([
      { name: 'Bundesbank', kind: 'organization', roles: [] },
      { name: 'Helga Brandt', kind: 'person', roles: ['vice-president'] },
    ]);
  });

  it('reads an employer of several words ending in a word the page-furniture table holds', () => {
    expect(entitiesOf('Coastal Watch Director Ada Lyle said the beach would close.')).toEqual([
      { name: 'Coastal Watch', kind: 'organization', roles: [] },
      { name: 'Ada Lyle', kind: 'person', roles: ['director'] },
    ]);
    // A lone such word is no employer.
    expect(entitiesOf('Meanwhile Director Ada Lyle said the beach would close.')).toEqual([{ name: 'Ada Lyle', kind: 'person', roles: ['director'] }]);
  });

  it('reads the abbreviated Adm. and a DJ as titles', () => {
    expect(entitiesOf('Retired Adm. Harry Harmon said the fleet was ready.')).toEqual([{ name: 'Harry Harmon', kind: 'person', roles: ['adm'] }]);
    expect(entitiesOf('The song was chosen by DJ Norma Cooke.')).toEqual([{ name: 'Norma Cooke', kind: 'person', roles: ['dj'] }]);
  });

  it('reads MSP as a title after a party', () => {
    expect(entitiesOf('The cuts are deep, said Green MSP Morag Bell.')).toEqual([
      { name: 'Green', kind: 'organization', roles: [] },
      { name: 'Morag Bell', kind: 'person', roles: ['msp'] },
    ]);
  });
});

describe('the words after a title and its of', () => {
  it('are the employer after a lowercase title', () => {
    expect(entitiesOf('Peter Thorne was a director of Zentrix until May.')).toEqual([
      { name: 'Peter Thorne', kind: 'person', roles: [] },
      { name: 'Zentrix', kind: 'organization', roles: [] },
    ]);
  });

  it('are a hyphenated title’s employer too', () => {
    expect(entitiesOf('Kathy Reed, co-founder of Blinkx, agreed.')).toEqual([
      { name: 'Kathy Reed', kind: 'person', roles: ['co-founder'] },
      { name: 'Blinkx', kind: 'organization', roles: [] },
    ]);
  });

  it('are no employer when the name owns what follows: the person named before keeps their kind', () => {
    expect(entitiesOf('Jonny Wilkinson is injured. Rob Andrew, coach of Wilkinson’s club side, said he was unfit.').map((entity) => [entity.name, entity.kind])).toEqual([
      ['Jonny Wilkinson', 'person'],
      ['Rob Andrew', 'person'],
    ]);
  });

  it('belong to the title after a capitalized one, whose head is the role', () => {
    expect(entitiesOf('Ann Hale, Director of Public Health, said the risk was low.')).toEqual([
      { name: 'Ann Hale', kind: 'person', roles: ['director'] },
    ]);
  });

  it('split a portfolio from a holder after a lowercase title when a given name opens the holder', () => {
    expect(entitiesOf('The former secretary of State Hillary Clinton said she would run.')).toEqual([
      { name: 'Hillary Clinton', kind: 'person', roles: ['secretary of state'] },
    ]);
  });
});
