import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILL, narration } from '../../../src/extract/speakers/block-spans.ts';

/** The definition: a character is filled when some quote, widened by one for its marks, covers it. */
function byCharacter(block: string, quotes: { start: number; end: number }[]): string {
  return [...block]
    .map((char, at) => (quotes.some((q) => at >= q.start - 1 && at < q.end + 1) ? FILL : char))
    .join('');
}

describe('narration', () => {
  it('fills each quote with its marks and keeps the narration and the offsets', () => {
    const block = '"Go now," Pell said, "before dark."';
    expect(narration(block, [{ start: 1, end: 8 }, { start: 22, end: 34 }])).toBe(`${FILL.repeat(9)} Pell said, ${FILL.repeat(14)}`);
  });

  it('fills nested and overlapping quotes once', () => {
    // The outer quote holds `c 'd' e` (4 to 11); the inner one `d`; a third span overlaps both.
    expect(narration('ab "c \'d\' e" f', [{ start: 4, end: 11 }, { start: 7, end: 8 }, { start: 5, end: 10 }])).toBe(`ab ${FILL.repeat(9)} f`);
  });

  it('is the block itself when it holds no quote', () => {
    expect(narration('Pell said so.', [])).toBe('Pell said so.');
  });

  it('equals the character-by-character definition for any block and quotes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '"', '.'), maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(32), fc.nat(12)), { maxLength: 5 }),
        (block, drawn) => {
          const quotes = drawn.map(([start, length]) => ({ start, end: start + length }));
          expect(narration(block, quotes)).toBe(byCharacter(block, quotes));
        },
      ),
    );
  });
});
