import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bothIds, featureId, prefixedId } from '../../../src/extract/speakers/feature-ids.ts';
import { countBucket } from '../../../src/extract/speakers/buckets.ts';

describe('feature ids', () => {
  it('spell a value, a conjunction and a prefixed id', () => {
    expect(featureId('para-dist', countBucket(1, 3))).toBe('para-dist=1');
    expect(bothIds(featureId('engine-rule', 'said-X'), 'para-dist=0')).toBe('engine-rule=said-X&para-dist=0');
    expect(prefixedId('engine', 'rule=said-X')).toBe('engine:rule=said-X');
  });

  it('are the parts joined, however many different values one name takes', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 20 }), (name, values) => {
        for (const value of values) {
          expect(featureId(name, value)).toBe(`${name}=${value}`);
          expect(bothIds(name, value)).toBe(`${name}&${value}`);
          expect(prefixedId(name, value)).toBe(`${name}:${value}`);
        }
      }),
    );
    // Past the number kept per name the ids are still right, only made each time.
    for (let n = 0; n < 5000; n += 1) expect(featureId('many', String(n))).toBe(`many=${n}`);
  });
});

describe('countBucket', () => {
  it('is the count below the top and `top+` from it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 40 }), (count, top) => {
        expect(countBucket(count, top)).toBe(count >= top ? `${top}+` : String(count));
      }),
    );
  });
});
