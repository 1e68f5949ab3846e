import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isLetterOrDigitUnit, letterDigitWords, splitAtSpaces } from '../../../src/extract/analysis/characters.ts';

describe('splitAtSpaces', () => {
  test('splits at each run of white space, as split(/\\s+/) does', () => {
    expect(splitAtSpaces('Vladimir  Putin')).toEqual(['Vladimir', 'Putin']);
    expect(splitAtSpaces(' Jo\u00a0Park\n')).toEqual(['', 'Jo', 'Park', '']);
    expect(splitAtSpaces('')).toEqual(['']);
  });

  test('is split(/\\s+/) for any text', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.array(fc.constantFrom('Jo', ' ', '\t', '\u00a0', '\u2003', '\n', 'É', '.', '\u{1F600}'), { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (written) => {
        expect(splitAtSpaces(written)).toEqual(written.split(/\s+/));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('letterDigitWords', () => {
  test('lowercases and keeps runs of letters and digits, one space between them', () => {
    expect(letterDigitWords('  "We will NOT back down," 2 times!')).toBe('we will not back down 2 times');
    expect(letterDigitWords('Ça va — très bien')).toBe('ça va très bien');
    expect(letterDigitWords('...')).toBe('');
  });

  test('reads a letter outside the basic plane whole, and a lone surrogate as no letter', () => {
    expect(letterDigitWords('a\u{1D400}b')).toBe('a\u{1D400}b');
    expect(letterDigitWords('a\u{1F600}b')).toBe('a b');
    expect(letterDigitWords('a\ud800b')).toBe('a b');
    expect(letterDigitWords('a\udc00b')).toBe('a b');
  });

  test('is toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu, " ").trim() for any text', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 16, unit: 'binary' }),
      fc.array(fc.constantFrom('Jo', ' ', '’', '-', 'İ', 'É', '7', '\u{1D400}', '\u{1F600}', '\ud800', '\udc00', 'ß', ',', '\u00a0'), { maxLength: 10 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (written) => {
        expect(letterDigitWords(written)).toBe(written.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
      }),
      { numRuns: 5000 },
    );
  });
});

describe('isLetterOrDigitUnit', () => {
  test('tells letters and digits from marks, spaces and the narration fill', () => {
    expect(['a', 'Z', '7', 'é', '\u0000', ' ', '”', '.'].map((unit) => isLetterOrDigitUnit(unit, 0))).toEqual([true, true, true, true, false, false, false, false]);
  });

  test('is /[\\p{L}\\p{N}]/u on the unit alone for any text and offset', () => {
    const letter = /[\p{L}\p{N}]/u;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }), fc.nat(), (text, n) => {
        const at = n % text.length;
        expect(isLetterOrDigitUnit(text, at)).toBe(letter.test(text[at]!));
      }),
      { numRuns: 3000 },
    );
  });
});
