import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clipAtWord, SUMMARY_LIMIT } from '../../src/graph/clip-at-word.ts';

describe('clipAtWord', () => {
  test('leaves text that fits unchanged', () => {
    expect(clipAtWord('Talks ended on Tuesday.', 23)).toBe('Talks ended on Tuesday.');
  });

  test('cuts longer text after the last whole word within the limit and adds an ellipsis', () => {
    expect(clipAtWord('Talks ended on Tuesday without a deal.', 20)).toBe('Talks ended on…');
  });

  test('keeps a word that ends exactly at the limit', () => {
    expect(clipAtWord('Talks ended on Tuesday without a deal.', 22)).toBe('Talks ended on Tuesday…');
  });

  test('drops a comma or dash left before the ellipsis', () => {
    expect(clipAtWord('The minister said, after a pause, that talks would go on.', 19)).toBe('The minister said…');
    expect(clipAtWord('Talks ended — for now — without a deal.', 14)).toBe('Talks ended…');
  });

  test('cuts a first word longer than the limit inside the word', () => {
    expect(clipAtWord('Supercalifragilistic words', 5)).toBe('Super…');
  });

  test('never splits a surrogate pair', () => {
    expect(clipAtWord('ab😀cd', 3)).toBe('ab…');
  });

  test('cuts at 300 code units by default', () => {
    const opening = 'word '.repeat(10_000);
    const clipped = clipAtWord(opening);
    expect(clipped).toBe(`${'word '.repeat(SUMMARY_LIMIT / 5).trimEnd()}…`);
    expect(SUMMARY_LIMIT).toBe(300);
  });
});

describe('clipAtWord, for any text and limit', () => {
  test('is the text itself, or a prefix of it plus an ellipsis, at most one past the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 2, max: 60 }), (text, limit) => {
        const clipped = clipAtWord(text, limit);
        if (text.length <= limit) {
          expect(clipped).toBe(text);
          return;
        }
        expect(clipped.endsWith('…')).toBe(true);
        expect(text.startsWith(clipped.slice(0, -1))).toBe(true);
        expect(clipped.length).toBeLessThanOrEqual(limit + 1);
        expect(clipped.length).toBeGreaterThan(1);
      }),
    );
  });
});
