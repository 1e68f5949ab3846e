import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCountUpTo } from '../../../src/extract/entities/furniture.ts';

/** The definition it replaces: the words of a trimmed line split on white space. */
const reference = (line: string, cap: number) => Math.min(line.split(/\s+/).length, cap + 1);

describe('wordCountUpTo', () => {
  it('counts the words of a trimmed line', () => {
    expect(wordCountUpTo('By Jane Roe', 24)).toBe(3);
    expect(wordCountUpTo('Photo:\u00a0Jane  Roe/AP', 24)).toBe(3);
  });

  it('stops one past the cap', () => {
    expect(wordCountUpTo('one two three four five', 2)).toBe(3);
  });

  it('agrees with splitting on white space, up to one past the cap', () => {
    const piece = fc.constantFrom('a', 'Jo', 'Park', '·', '|', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', 'é', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 30 }), (pieces, cap) => {
        const line = pieces.join('').trim();
        expect(Math.min(wordCountUpTo(line, cap), cap + 1)).toBe(reference(line, cap));
      }),
    );
  });
});
