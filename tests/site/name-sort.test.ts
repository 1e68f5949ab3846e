import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../src/extract/types.ts';
import { compareSortKeys, sortKeyOf } from '../../src/site/name-sort.ts';

describe('sortKeyOf a person', () => {
  it.each([
    ['Alexander Novak', 'novak alexander'],
    ['Andy Boyd', 'boyd andy'],
    ['Łukasz Nowak', 'nowak lukasz'],
    ['Émile Zola', 'zola emile'],
  ])('files %s under the family name', (name, key) => {
    expect(sortKeyOf(name, 'person')).toBe(key);
  });

  it.each([
    ['Moon Jae-in', 'moon jae-in'],
    ['Park Ji-hoon', 'park ji-hoon'],
    ['Xi Jinping', 'xi jinping'],
    ['Wang Yi', 'wang yi'],
    ['Kim Jong Un', 'kim jong un'],
    ['Lee Hsien Loong', 'lee hsien loong'],
    ['문재인', '문재인'],
    ['習近平', '習近平'],
  ])('keeps the family-name-first name %s in its order', (name, key) => {
    expect(sortKeyOf(name, 'person')).toBe(key);
  });

  it.each([
    ['Kim Kardashian', 'kardashian kim'],
    ['Lee Anderson', 'anderson lee'],
  ])('reads %s, whose first word is also a Western given name, given name first', (name, key) => {
    expect(sortKeyOf(name, 'person')).toBe(key);
  });

  it.each([
    ['Ludwig van Beethoven', 'beethoven ludwig van'],
    ['Charles de Gaulle', 'gaulle charles de'],
    ['Vincent van der Berg', 'berg vincent van der'],
    ['Bashar al-Assad', 'assad bashar al-'],
  ])('files %s under the word after its lowercase particle', (name, key) => {
    expect(sortKeyOf(name, 'person')).toBe(key);
  });

  it('files a capitalized particle with the family name, under the particle', () => {
    expect(sortKeyOf('Robert De Niro', 'person')).toBe('de niro robert');
  });

  it.each([
    ['Martin Luther King Jr.', 'king martin luther jr.'],
    ['Martin Luther King, Jr.', 'king martin luther jr.'],
    ['John Smith III', 'smith john iii'],
  ])('puts the suffix of %s last', (name, key) => {
    expect(sortKeyOf(name, 'person')).toBe(key);
  });

  it('keeps a mononym as it is', () => {
    expect(sortKeyOf('Madonna', 'person')).toBe('madonna');
  });
});

describe('sortKeyOf other kinds', () => {
  it.each<[string, EntityKind, string]>([
    ['The Guardian', 'organization', 'guardian'],
    ['The Hague', 'place', 'hague'],
    ['Alexander Park', 'place', 'alexander park'],
    ['World Cup', 'event', 'world cup'],
  ])('files %s (%s) under its name without a leading The', (name, kind, key) => {
    expect(sortKeyOf(name, kind)).toBe(key);
  });

  it('keeps a name that is only "The"', () => {
    expect(sortKeyOf('The', 'organization')).toBe('the');
  });
});

const kinds = fc.constantFrom<EntityKind>('person', 'place', 'organization', 'event');
const word = fc.oneof(
  fc.constantFrom('van', 'de', 'De', 'al-Assad', 'Jr.', 'III', 'The', 'Kim', 'Moon', 'Jae-in', 'Xi', '문재인', 'Émile', 'Łukasz'),
  fc.stringMatching(/^[A-Za-z][a-z'-]{0,8}$/),
);
const names = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
/** The letters of a text, folded as keys fold them, in a fixed order: a key holds exactly the name's letters. */
const letters = (text: string): string =>
  [...text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/gu, 'l').replace(/Ł/gu, 'L').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')].sort().join('');

describe('sortKeyOf, for any name', () => {
  it('derives the key from the name\'s own words: the same letters, reordered', () => {
    fc.assert(
      fc.property(names, kinds, (name, kind) => {
        const key = sortKeyOf(name, kind);
        const expected = kind !== 'person' && /^the\s+\S/iu.test(name) ? name.replace(/^the/iu, '') : name;
        expect(letters(key)).toBe(letters(expected));
      }),
    );
  });

  it('gives the same key whatever whitespace surrounds or separates the words', () => {
    fc.assert(
      fc.property(names, kinds, (name, kind) => {
        expect(sortKeyOf(`  ${name.replaceAll(' ', '   ')} `, kind)).toBe(sortKeyOf(name, kind));
      }),
    );
  });
});

describe('compareSortKeys', () => {
  const entries = fc.uniqueArray(
    fc.record({ name: names, kind: kinds, slug: fc.stringMatching(/^[a-z]{1,6}$/) }).map((entry) => ({ ...entry, sortKey: sortKeyOf(entry.name, entry.kind) })),
    { selector: (entry) => entry.slug, maxLength: 30 },
  );

  it('sorts entries with unique slugs to the same order whatever order they come in', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const sorted = [...list].sort(compareSortKeys);
        expect([...list].reverse().sort(compareSortKeys)).toEqual(sorted);
      }),
    );
  });

  it('is a total order: antisymmetric, and zero only for the same slug', () => {
    fc.assert(
      fc.property(entries, (list) => {
        for (const a of list) {
          for (const b of list) {
            expect(Math.sign(compareSortKeys(a, b)) + Math.sign(compareSortKeys(b, a))).toBe(0);
            expect(compareSortKeys(a, b) === 0).toBe(a.slug === b.slug);
          }
        }
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const sorted = [...list].sort(compareSortKeys);
        for (let i = 0; i + 1 < sorted.length; i += 1) expect(compareSortKeys(sorted[i]!, sorted[i + 1]!)).toBeLessThan(0);
      }),
    );
  });
});
