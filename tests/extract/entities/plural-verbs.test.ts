import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): [string, string][] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => [entity.kind, entity.name]);
}

describe('a plural verb after a name that opens its clause', () => {
  it('makes a two-word name a team, not a person', () => {
    expect(named(['Brenford Castellan have made a bid for the winger.'])).toEqual([['organization', 'Brenford Castellan']]);
  });

  it('makes a name without any head word a team', () => {
    expect(named(['Kelso Harriers were relegated on Saturday.']).map(([kind]) => kind)).toEqual(['organization']);
  });

  it('says nothing of a name inside a phrase whose head is the subject', () => {
    expect(named(['Residents of Dunmore Vale have launched a petition.'])).not.toContainEqual(['organization', 'Dunmore Vale']);
  });

  it('says nothing of a lone capitalized first word', () => {
    expect(named(['Shoppers have complained about the queues.'])).toEqual([]);
  });
});
