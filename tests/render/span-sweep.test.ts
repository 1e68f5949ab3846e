import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { layer, nest, spanSweep, type Marked, type Nested } from '../../src/render/layers.ts';

/** The plain definitions the sweep must agree with: scan every span for each offset. */
function quotesCovering<T>(spans: readonly Nested<T>[], at: number): Nested<T>[] {
  return spans.filter((span) => span.start <= at && at < span.end).sort((a, b) => a.depth - b.depth);
}
function mentionCovering<T>(spans: readonly Marked<T>[], at: number): Marked<T> | undefined {
  return spans.find((span) => span.start <= at && at < span.end);
}
function boundariesWithin(spans: readonly { start: number; end: number }[], from: number, to: number): number[] {
  const inside = spans.flatMap((span) => [span.start, span.end]).filter((at) => at > from && at < to);
  return [...new Set(inside)].sort((a, b) => a - b);
}

const length = 60;
const span = fc
  .tuple(fc.integer({ min: -3, max: length + 3 }), fc.integer({ min: 0, max: 30 }))
  .map(([start, width]) => ({ start, end: start + width }));

describe('spanSweep, for any spans and offsets read left to right', () => {
  test('finds the same quotes, mention and cuts as scanning every span', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 12 }),
        fc.array(span, { maxLength: 12 }),
        fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 20 }),
        (quoteItems, mentionItems, offsets) => {
          const quotes = nest(quoteItems, length);
          const mentions = layer(mentionItems, length);
          const sweep = spanSweep(quotes, mentions);
          const points = [...offsets].sort((a, b) => a - b);
          for (const [i, at] of points.entries()) {
            const to = points[i + 1] ?? length;
            expect(sweep.cutsWithin(at, to)).toEqual(boundariesWithin([...quotes, ...mentions], at, to));
            expect(sweep.quotesAt(at)).toEqual(quotesCovering(quotes, at));
            expect(sweep.mentionAt(at)).toEqual(mentionCovering(mentions, at));
          }
        },
      ),
    );
  });
});

describe('spanSweep', () => {
  test('refuses to look back at an earlier offset, which would miss spans already passed', () => {
    const sweep = spanSweep(nest([{ start: 0, end: 5 }], 10), []);
    sweep.quotesAt(4);
    expect(() => sweep.quotesAt(2)).toThrow('nested spans: asked about offset 2 after offset 4; a sweep only moves forward');
  });

  test('gives the quotes covering an offset outermost first', () => {
    const quotes = nest(
      [
        { start: 0, end: 20 },
        { start: 2, end: 10 },
        { start: 4, end: 6 },
        { start: 12, end: 14 },
      ],
      20,
    );
    const sweep = spanSweep(quotes, []);
    expect(sweep.quotesAt(5).map((quote) => [quote.start, quote.end, quote.depth])).toEqual([
      [0, 20, 0],
      [2, 10, 1],
      [4, 6, 2],
    ]);
    expect(sweep.quotesAt(13).map((quote) => [quote.start, quote.end, quote.depth])).toEqual([
      [0, 20, 0],
      [12, 14, 1],
    ]);
  });
});
