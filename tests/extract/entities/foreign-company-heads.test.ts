import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): [string, string][] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => [entity.kind, entity.name]);
}

describe('company heads in the languages of their home countries', () => {
  it('reads a name ending in Energi as a company even as the subject of said', () => {
    expect(named(['Fjellkraft Energi reported a drop in profit on Thursday.'])).toEqual([['organization', 'Fjellkraft Energi']]);
  });

  it('reads a name ending in Energia as a company', () => {
    expect(named(['Costa Verde Energia said it would appeal.'])).toEqual([['organization', 'Costa Verde Energia']]);
  });

  it('reads a market that trades as a body: Boerse, Bourse, Exchange', () => {
    expect(named(['Nordhafen Boerse is trying to buy them off, he said.'])).toEqual([['organization', 'Nordhafen Boerse']]);
    expect(named(['Shares fell on the Harbour Stock Exchange on Monday.'])).toEqual([['organization', 'Harbour Stock Exchange']]);
  });
});

describe('institutional adjectives inside a name', () => {
  it('reads a name holding Regional as a body even as the subject of said', () => {
    expect(named(['Brookmere Regional Care said on Friday that its systems were back.'])).toEqual([['organization', 'Brookmere Regional Care']]);
  });
});
