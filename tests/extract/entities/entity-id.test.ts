import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asciiSlug, entityIdFor, slug } from '../../../src/extract/entities/entity-id.ts';

describe('entity ids', () => {
  test('fold accents, drop apostrophes and join words with single hyphens', () => {
    expect(entityIdFor('person', 'Vladimir Putin')).toBe('person/vladimir-putin');
    expect(entityIdFor('person', "Conan O'Brien")).toBe('person/conan-obrien');
    expect(entityIdFor('place', 'São Paulo')).toBe('place/sao-paulo');
    expect(entityIdFor('organization', ' -- U.S. Army (Reserve) -- ')).toBe('organization/u-s-army-reserve');
    expect(entityIdFor('event', '!!!')).toBe('event/unnamed');
  });

  test('the ASCII pass gives the general slug for any ASCII name, and leaves every other name to it', () => {
    const ascii = fc.oneof(
      fc.string({ maxLength: 16 }).filter((text) => /^[\x00-\x7f]*$/.test(text)),
      fc.array(fc.constantFrom('Jo', ' ', "'", '-', '.', 'Park', 'G20', '--', '&', '(', 'x'), { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(ascii, (name) => {
        expect(asciiSlug(name)).toBe(slug(name));
      }),
      { numRuns: 3000 },
    );
    expect(asciiSlug('São Paulo')).toBeUndefined();
    expect(asciiSlug('O’Brien')).toBeUndefined();
  });
});
