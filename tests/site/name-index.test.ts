import { describe, expect, it } from 'vitest';
import type { SiteEntity, Speaker } from '../../src/graph/types.ts';
import { entityIndexEntry, mostQuoted, speakerIndexEntry } from '../../src/site/name-index.ts';

const speaker = (slug: string, quoteCount: number, statementCount = 0): Speaker => ({
  slug,
  name: slug,
  kind: 'person',
  quoteCount,
  articles: [],
  statements: Array.from({ length: statementCount }, () => ({}) as Speaker['statements'][number]),
});

describe('entityIndexEntry', () => {
  it('links the entity page and counts mentions and articles', () => {
    const entity = { slug: 'seoul', name: 'Seoul', kind: 'place', mentionCount: 4, articleCount: 2 } as SiteEntity;
    expect(entityIndexEntry(entity)).toEqual({
      name: 'Seoul',
      route: 'entities/seoul/',
      counts: '4 mentions in 2 articles',
      countsTitle: '4 mentions in 2 articles',
      kind: 'place',
    });
  });
});

describe('speakerIndexEntry', () => {
  it('links the speaker page and counts quotes and reported statements in words', () => {
    expect(speakerIndexEntry({ ...speaker('ana-lopez', 3, 1), name: 'Ana López' })).toEqual({
      name: 'Ana López',
      route: 'speakers/ana-lopez/',
      counts: '3 quotes, 1 reported statement',
      countsTitle: 'Person: 3 quotes, 1 reported statement',
    });
  });

  it('leaves out a count of zero', () => {
    expect(speakerIndexEntry(speaker('b', 0, 2)).counts).toBe('2 reported statements');
    expect(speakerIndexEntry(speaker('c', 1, 0)).counts).toBe('1 quote');
  });
});

describe('entityIndexEntry counts', () => {
  it('says one mention in one article in the singular', () => {
    const entity = { slug: 'oslo', name: 'Oslo', kind: 'place', mentionCount: 1, articleCount: 1 } as SiteEntity;
    expect(entityIndexEntry(entity).counts).toBe('1 mention in 1 article');
  });
});

describe('mostQuoted', () => {
  it('keeps the most quoted speakers, most first, up to the limit', () => {
    const speakers = [speaker('a', 1), speaker('b', 5), speaker('c', 3)];
    expect(mostQuoted(speakers, 2).map((s) => s.slug)).toEqual(['b', 'c']);
  });

  it('leaves out speakers with no quotes', () => {
    expect(mostQuoted([speaker('a', 0, 4), speaker('b', 2)], 5).map((s) => s.slug)).toEqual(['b']);
  });
});
