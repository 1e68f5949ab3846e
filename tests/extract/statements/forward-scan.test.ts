import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ForwardScan } from '../../../src/extract/statements/forward-scan.ts';
import { resetWork, workDone } from '../../../src/extract/work-meter.ts';

/** The first index in `from..limit - 1` whose flag is set, by looking at each. */
function naiveFirst(flags: readonly boolean[], from: number, limit: number): number {
  for (let j = from; j < limit; j += 1) if (flags[j]) return j;
  return limit;
}

describe('a forward scan', () => {
  it('finds the first matching token at or after a point, or the limit when none is before it', () => {
    const flags = [false, false, true, false, false, true];
    const scan = new ForwardScan((j) => flags[j]!);
    expect(scan.first(0, 6)).toBe(2);
    expect(scan.first(1, 6)).toBe(2);
    expect(scan.first(3, 6)).toBe(5);
    expect(scan.first(3, 5)).toBe(5);
    expect(scan.first(4, 4)).toBe(4);
  });

  it('does not scan again the stretch an earlier query scanned', () => {
    const flags = [...Array<boolean>(1_000).fill(false), true];
    const scan = new ForwardScan((j) => flags[j]!);
    scan.first(0, 1_001);
    resetWork();
    for (let from = 1; from < 1_000; from += 1) expect(scan.first(from, 1_001)).toBe(1_000);
    // One step per query to find where the last scan stopped: none rescans the run.
    expect(workDone()).toBeLessThanOrEqual(2 * 999);
  });

  it('answers any sequence of queries as looking at each token would', () => {
    const flags = fc.array(fc.boolean(), { minLength: 1, maxLength: 40 });
    const queries = fc.array(fc.tuple(fc.nat({ max: 45 }), fc.nat({ max: 45 })), { maxLength: 30 });
    fc.assert(
      fc.property(flags, queries, (bits, asked) => {
        const scan = new ForwardScan((j) => bits[j] === true);
        for (const [a, b] of asked) {
          const [from, limit] = [Math.min(a, b), Math.min(Math.max(a, b), bits.length)];
          expect(scan.first(from, limit)).toBe(naiveFirst(bits, from, limit));
        }
      }),
    );
  });
});
