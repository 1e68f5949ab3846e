import { describe, expect, it } from 'vitest';
import { buildSearchIndex, indexDocuments } from '../../src/search/build-index.ts';
import { QUOTE_TITLE_LIMIT, searchDocuments, type SearchDocument } from '../../src/search/documents.ts';
import { fixtureGraph, fixtureQuote, HARBOUR } from './fixture-graph.ts';

function doc(fields: string[]): SearchDocument {
  return { kind: 'article', title: fields[0] ?? '', route: 'articles/x/', fields };
}

describe('searchDocuments', () => {
  it('lists speakers, then entities, then articles newest first, then quotes newest article first', () => {
    const documents = searchDocuments(fixtureGraph());
    expect(documents.map((d) => [d.kind, d.title])).toEqual([
      ['speaker', 'Anna Lind'],
      ['entity', 'Anna Lind'],
      ['entity', 'Tromsø'],
      ['article', 'Harbour deal signed in Tromsø'],
      ['article', 'Ferry strike ends'],
      ['quote', 'Ten years of certain work for the northern ports.'],
      ['quote', 'Certain ports will wait.'],
      ['quote', 'The ferries sail again on Monday.'],
    ]);
  });

  it('routes each document to its page, and a quote to its anchor in the article', () => {
    expect(searchDocuments(fixtureGraph()).map((d) => d.route)).toEqual([
      'speakers/anna-lind/',
      'entities/anna-lind/',
      'entities/tromsø/',
      'articles/harbour-deal/',
      'articles/ferry-strike/',
      'articles/harbour-deal/#q-2-0',
      'articles/harbour-deal/#q-4-0',
      'articles/ferry-strike/#q-1-0',
    ]);
  });

  it('gives a quote its speaker and article headline, and finds it by its text and its speaker', () => {
    const quote = searchDocuments(fixtureGraph()).find((d) => d.route === 'articles/harbour-deal/#q-2-0');
    expect(quote).toEqual({
      kind: 'quote',
      title: 'Ten years of certain work for the northern ports.',
      route: 'articles/harbour-deal/#q-2-0',
      speaker: 'Anna Lind',
      article: 'Harbour deal signed in Tromsø',
      fields: ['Ten years of certain work for the northern ports.', 'Anna Lind'],
    });
  });

  it('leaves out the speaker of a quote no speaker is confident for', () => {
    const quote = searchDocuments(fixtureGraph()).find((d) => d.route === 'articles/harbour-deal/#q-4-0');
    expect(quote?.speaker).toBeUndefined();
    expect(quote?.fields).toEqual(['Certain ports will wait.']);
  });

  it('finds an entity by its aliases, and describes it by kind and description', () => {
    const anna = searchDocuments(fixtureGraph()).find((d) => d.route === 'entities/anna-lind/');
    expect(anna?.fields).toEqual(['Anna Lind', 'Lind']);
    expect(anna?.detail).toBe('Person · Port minister.');
  });

  it('describes a speaker by the number of quotes and an article by its date', () => {
    const documents = searchDocuments(fixtureGraph());
    expect(documents.find((d) => d.route === 'speakers/anna-lind/')?.detail).toBe('2 quotes');
    expect(documents.find((d) => d.route === 'articles/harbour-deal/')?.detail).toBe('2 March 2026');
    expect(documents.find((d) => d.route === 'entities/tromsø/')?.detail).toBe('Place');
  });

  it('clips a long quote for display but indexes all of it', () => {
    const long = `${'word '.repeat(60)}lastword`;
    const graph = fixtureGraph();
    graph.unattributed = [fixtureQuote(HARBOUR, 9, long, null)];
    const quote = searchDocuments(graph).find((d) => d.route === 'articles/harbour-deal/#q-9-0');
    expect(quote?.title.length).toBeLessThanOrEqual(QUOTE_TITLE_LIMIT + 1);
    expect(quote?.title.endsWith('…')).toBe(true);
    expect(quote?.fields).toEqual([long]);
  });
});

describe('indexDocuments', () => {
  it('maps each term to the documents holding it, with word positions', () => {
    const { postings } = indexDocuments([doc(['the port and the ship']), doc(['a ship'])]);
    expect(postings.get('the')).toEqual([{ doc: 0, positions: [0, 3] }]);
    expect(postings.get('ship')).toEqual([
      { doc: 0, positions: [4] },
      { doc: 1, positions: [1] },
    ]);
  });

  it('leaves a gap between fields so a phrase never spans two', () => {
    const { postings } = indexDocuments([doc(['northern port', 'anna lind'])]);
    expect(postings.get('port')).toEqual([{ doc: 0, positions: [1] }]);
    expect(postings.get('anna')).toEqual([{ doc: 0, positions: [3] }]);
  });

  it('sorts terms by code unit', () => {
    const { postings } = indexDocuments([doc(['zeta alpha Øst beta'])]);
    expect([...postings.keys()]).toEqual(['alpha', 'beta', 'ost', 'zeta']);
  });

  it('indexes the site graph: a speaker name finds the speaker, the entity and the speaker\'s quotes', () => {
    const index = buildSearchIndex(fixtureGraph());
    expect(index.postings.get('lind')?.map((p) => index.documents[p.doc]?.route)).toEqual([
      'speakers/anna-lind/',
      'entities/anna-lind/',
      'articles/harbour-deal/#q-2-0',
      'articles/ferry-strike/#q-1-0',
    ]);
  });
});
