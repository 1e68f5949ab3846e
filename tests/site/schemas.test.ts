import fc from 'fast-check';
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

/** Each issue as `field: message`, the way the articles loader reports it. */
function failures(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
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

  it('rejects a speaker of only spaces at its own field, pointing to null', () => {
    const result = articleSchema.safeParse({ ...validArticle, quotes: [{ match: 'stays open', speaker: '   ' }] });
    expect(failures(result)).toEqual(['quotes.0.speaker: must not be blank; use null for no speaker']);
  });

  it('rejects an empty speaker the same way', () => {
    const result = articleSchema.safeParse({ ...validArticle, quotes: [{ match: 'stays open', speaker: '' }] });
    expect(failures(result)).toEqual(['quotes.0.speaker: must not be blank; use null for no speaker']);
  });

  it('rejects a blank match, which would give every quote of the article to the speaker', () => {
    const result = articleSchema.safeParse({ ...validArticle, quotes: [{ match: ' ', speaker: 'Maria Camilleri' }] });
    expect(failures(result)).toEqual(['quotes.0.match: must not be blank: it would match every quote of the article']);
  });

  it('rejects a match of punctuation only, which nearly every quote contains', () => {
    const result = articleSchema.safeParse({ ...validArticle, quotes: [{ match: '",', speaker: 'Maria Camilleri' }] });
    expect(failures(result)).toEqual([
      'quotes.0.match: must contain words of the quote, not only punctuation: it would match almost every quote of the article',
    ]);
  });

  it('rejects a blank entity override name and a blank alias', () => {
    const result = articleSchema.safeParse({ ...validArticle, entities: [{ name: ' ', aliases: ['Moon', '\t'] }] });
    expect(failures(result)).toEqual([
      'entities.0.name: must not be blank: name the entity as the article writes it',
      'entities.0.aliases.1: must not be blank',
    ]);
  });

  it('strips bidi override and isolate controls from the title, caption and dateline', () => {
    const result = articleSchema.parse({
      ...validArticle,
      title: 'Harbour \u202Eslaed\u202C talks',
      caption: '\u2067Valletta\u2069 at dawn',
      dateline: ['\u202AValletta', 'Tunis\u202B\u202D'],
    });
    expect([result.title, result.caption, result.dateline]).toEqual(['Harbour slaed talks', 'Valletta at dawn', ['Valletta', 'Tunis']]);
  });

  it('keeps the zero-width left-to-right and right-to-left marks', () => {
    expect(articleSchema.parse({ ...validArticle, title: 'שלום 2024\u200E' }).title).toBe('שלום 2024\u200E');
  });

  it('rejects a title that is nothing but bidi controls', () => {
    expect(failingFields(articleSchema.safeParse({ ...validArticle, title: '\u202E' }))).toEqual(['title']);
  });

  it('strips bidi controls from an override speaker, so it names the same person as without them', () => {
    const result = articleSchema.parse({ ...validArticle, quotes: [{ match: 'stays open', speaker: '\u202EMaria Camilleri' }] });
    expect(result.quotes?.[0]?.speaker).toBe('Maria Camilleri');
  });

  it('leaves no bidi control in any title', () => {
    const bidi = fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
    const title = fc.array(fc.oneof(bidi, fc.string({ minLength: 1 })), { minLength: 1 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(title, (text) => {
        const result = articleSchema.safeParse({ ...validArticle, title: text });
        if (result.success) expect(result.data.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
      }),
    );
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
