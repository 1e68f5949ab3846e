import { describe, expect, it } from 'vitest';
import type { SiteEntity, Speaker } from '../../src/graph/types.ts';
import { entityIndexEntry, letterAnchor, mostQuoted, speakerIndexEntry } from '../../src/site/name-index.ts';

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
      counts: '4 · 2 art.',
      countsTitle: '4 mentions in 2 articles',
      kind: 'place',
    });
  });
});

describe('speakerIndexEntry', () => {
  it('links the speaker page and counts quotes and reported statements', () => {
    expect(speakerIndexEntry({ ...speaker('ana-lopez', 3, 1), name: 'Ana López' })).toEqual({
      name: 'Ana López',
      route: 'speakers/ana-lopez/',
      counts: '3 q · 1 st.',
      countsTitle: 'Person: 3 quotes, 1 reported statements',
    });
  });
});

describe('letterAnchor', () => {
  it('joins the prefix and the lower-cased letter', () => {
    expect(letterAnchor('person', 'M')).toBe('person-m');
  });

  it('names the group of other first characters `other`, since # cannot stand in an id', () => {
    expect(letterAnchor('letter', '#')).toBe('letter-other');
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
