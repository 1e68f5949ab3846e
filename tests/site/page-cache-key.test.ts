import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../src/site/page-cache-key.ts';

describe('cacheKeyOf', () => {
  it('is the sha256 of the value as JSON, in base64url', () => {
    const value = { page: 2, items: ['a', 'b'], nav: { next: null } };
    expect(cacheKeyOf(value)).toBe(createHash('sha256').update('{"page":2,"items":["a","b"],"nav":{"next":null}}').digest('base64url'));
  });

  it('differs whenever the JSON differs, and only then', () => {
    // Typed as unknown: the recursive JsonValue type is too deep for KeyData to walk.
    const json: fc.Arbitrary<unknown> = fc.jsonValue();
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(cacheKeyOf(a) === cacheKeyOf(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });

});

/**
 * A Map, a Set or a Date is refused by the type, since JSON would not write it
 * whole. This is a compile-time check, never run: `npm run check` (astro check)
 * fails if any of these calls type-checks, because its @ts-expect-error is then unused.
 */
export function refusedByTheType(): void {
  // @ts-expect-error a Map is written as {} by JSON.stringify
  cacheKeyOf({ counts: new Map([['a', 1]]) });
  // @ts-expect-error a Set is written as {} by JSON.stringify
  cacheKeyOf([{ slugs: new Set(['a']) }]);
  // @ts-expect-error a Date has methods; its ISO string is the data
  cacheKeyOf({ at: new Date(0) });
}
