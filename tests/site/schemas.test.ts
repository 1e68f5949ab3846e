import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/article-schema.ts';
import { entitySchema } from '../../src/content/entity-schema.ts';

const validArticle = {
  title: 'Harbour talks end without a deal',
  dateline: ['Valletta', 'Tunis'],
  caption: null,
  source: 'raw/harbour-talks.txt',
  removed: [],
};

function failingFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

describe('articleSchema', () => {
  it('accepts the frontmatter ingest writes, without a date', () => {
    expect(articleSchema.safeParse(validArticle).success).toBe(true);
  });

  it('accepts an editor-supplied ISO date', () => {
    expect(articleSchema.safeParse({ ...validArticle, date: '2024-03-05' }).success).toBe(true);
  });

  it('rejects a date that is not YYYY-MM-DD, naming the field', () => {
    expect(failingFields(articleSchema.safeParse({ ...validArticle, date: '5 March 2024' }))).toEqual(['date']);
  });

  it('rejects a calendar date that does not exist', () => {
    expect(failingFields(articleSchema.safeParse({ ...validArticle, date: '2023-02-29' }))).toEqual(['date']);
  });

  it('rejects a dateline written as one string instead of a list', () => {
    expect(failingFields(articleSchema.safeParse({ ...validArticle, dateline: 'Valletta' }))).toEqual(['dateline']);
  });

  it('accepts an editor override of a quote speaker, and of a quote that has none', () => {
    const quotes = [{ match: 'stays open', speaker: 'Vladimir Putin' }, { match: 'for now', speaker: null }];
    expect(articleSchema.safeParse({ ...validArticle, quotes }).success).toBe(true);
  });

  it('accepts an editor override of an entity: kind, aliases, removal', () => {
    const entities = [{ name: 'Moon', kind: 'person', aliases: ['President Moon'] }, { name: 'Harbour', remove: true }];
    expect(articleSchema.safeParse({ ...validArticle, entities }).success).toBe(true);
  });

  it('rejects a quote override without a speaker field, naming the field', () => {
    expect(failingFields(articleSchema.safeParse({ ...validArticle, quotes: [{ match: 'x' }] }))).toEqual(['quotes.0.speaker']);
  });

  it('rejects an entity override with a kind outside the four', () => {
    expect(failingFields(articleSchema.safeParse({ ...validArticle, entities: [{ name: 'X', kind: 'country' }] }))).toEqual(['entities.0.kind']);
  });

  it('rejects an unknown field, so a misspelt one is not silently ignored', () => {
    expect(articleSchema.safeParse({ ...validArticle, captoin: 'x' }).success).toBe(false);
  });
});

describe('entitySchema', () => {
  const validEntity = { id: 'maria-camilleri', name: 'Maria Camilleri', kind: 'person', aliases: ['Camilleri'] };

  it('accepts a list row with optional fields left out', () => {
    expect(entitySchema.safeParse(validEntity).success).toBe(true);
  });

  it('accepts a Wikidata id of the form Q<digits>', () => {
    expect(entitySchema.safeParse({ ...validEntity, wikidata: 'Q7747' }).success).toBe(true);
  });

  it('rejects a Wikidata URL in place of the id', () => {
    expect(failingFields(entitySchema.safeParse({ ...validEntity, wikidata: 'https://www.wikidata.org/wiki/Q7747' }))).toEqual(['wikidata']);
  });

  it('rejects a kind outside person, place, organization and event', () => {
    expect(failingFields(entitySchema.safeParse({ ...validEntity, kind: 'country' }))).toEqual(['kind']);
  });
});
