import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignSlugs, slugify, stableHash, type SlugCandidate } from '../../src/graph/slugs.ts';

describe('slugify', () => {
  test('lower-cases and joins words with hyphens', () => {
    expect(slugify('Vladimir Putin')).toBe('vladimir-putin');
  });

  test('keeps Hangul letters', () => {
    expect(slugify('문재인')).toBe('문재인');
  });

  test('keeps Polish and German letters', () => {
    expect([slugify('Łukasz Kowalski'), slugify('Thomas Müller')]).toEqual(['łukasz-kowalski', 'thomas-müller']);
  });

  test('gives Müller and Muller different slugs', () => {
    expect(slugify('Müller')).not.toBe(slugify('Muller'));
  });

  test('gives a decomposed and a composed ü the same NFC slug', () => {
    expect(slugify('Mu\u0308ller')).toBe('m\u00fcller');
  });

  test('drops punctuation and apostrophes as separators', () => {
    expect(slugify("O'Brien & Co. (U.K.)")).toBe('o-brien-co-u-k');
  });

  test('is empty for a name with no letters or digits', () => {
    expect(slugify('—')).toBe('');
  });

  test('is lower-case NFC letters, marks and digits joined by single hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const slug = slugify(name);
        expect(slug).toMatch(/^(?:[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*)?$/u);
        expect(slug.toLowerCase().normalize('NFC')).toBe(slug);
      }),
    );
  });
});

describe('stableHash', () => {
  test('is a fixed 7-character base-36 string for a given text', () => {
    expect(stableHash('person:Georgia')).toBe(stableHash('person:Georgia'));
    expect(stableHash('person:Georgia')).toMatch(/^[0-9a-z]{7}$/);
  });
});

const candidate = (key: string, source: string, kind: SlugCandidate['kind'], listed = false): SlugCandidate => ({
  key,
  source,
  kind,
  listed,
});

describe('assignSlugs', () => {
  test('gives an entity without rivals its base slug', () => {
    expect(assignSlugs([candidate('person:Vladimir Putin', 'Vladimir Putin', 'person')])).toEqual(
      new Map([['person:Vladimir Putin', 'vladimir-putin']]),
    );
  });

  test('suffixes the lower-ranked kind on a collision, whatever the input order', () => {
    const place = candidate('place:Georgia', 'Georgia', 'place');
    const person = candidate('person:Georgia', 'Georgia', 'person');
    const expected = new Map([
      ['person:Georgia', 'georgia'],
      ['place:Georgia', 'georgia-place'],
    ]);
    expect(assignSlugs([place, person])).toEqual(expected);
    expect(assignSlugs([person, place])).toEqual(expected);
  });

  test('lets a listed entity keep the base slug over an unlisted one', () => {
    const slugs = assignSlugs([candidate('person:Georgia', 'Georgia', 'person'), candidate('list:georgia', 'georgia', 'place', true)]);
    expect([slugs.get('list:georgia'), slugs.get('person:Georgia')]).toEqual(['georgia', 'georgia-person']);
  });

  test('adds a hash of the key when two entities of one kind share a base slug', () => {
    const slugs = assignSlugs([candidate('person:MÜLLER', 'MÜLLER', 'person'), candidate('person:Müller', 'Müller', 'person')]);
    expect([slugs.get('person:MÜLLER'), slugs.get('person:Müller')]).toEqual([
      'müller',
      `müller-person-${stableHash('person:Müller')}`,
    ]);
  });

  test('does not hand a suffixed slug to one entity when it is another entity base slug', () => {
    const slugs = assignSlugs([
      candidate('person:Georgia', 'Georgia', 'person'),
      candidate('place:Georgia', 'Georgia', 'place'),
      candidate('organization:Georgia Place', 'Georgia Place', 'organization'),
    ]);
    expect(slugs.get('organization:Georgia Place')).toBe('georgia-place');
    expect(slugs.get('place:Georgia')).toBe(`georgia-place-${stableHash('place:Georgia')}`);
  });

  test('builds a slug from kind and hash for a name without letters', () => {
    expect(assignSlugs([candidate('event:—', '—', 'event')]).get('event:—')).toBe(`event-${stableHash('event:—')}`);
  });

  test('never gives two keys the same slug', () => {
    const names = fc.constantFrom('Georgia', 'georgia', 'Georgia Place', 'Müller', 'Muller', 'MÜLLER', '—', '문재인');
    const kinds = fc.constantFrom('person', 'place', 'organization', 'event') as fc.Arbitrary<SlugCandidate['kind']>;
    fc.assert(
      fc.property(fc.array(fc.tuple(names, kinds, fc.boolean())), (rows) => {
        const slugs = assignSlugs(rows.map(([name, kind, listed]) => candidate(`${listed ? 'list' : kind}:${name}`, name, kind, listed)));
        expect(new Set(slugs.values()).size).toBe(slugs.size);
      }),
    );
  });
});
