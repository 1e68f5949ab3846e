import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitAtSpaces } from '../../../src/extract/analysis/characters.ts';

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
