import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasTitleWord, nameShape, nameWords } from '../../../src/extract/speakers/name-shape.ts';

describe('nameShape', () => {
  test('counts the words of a name as nameWords does, without "the" and possessives', () => {
    expect(nameShape("The Harbour Trust's")).toEqual({ words: 2, titled: false });
  });

  test('finds a title word anywhere but last', () => {
    expect(nameShape('Fire Chief Tres Atkinson')).toEqual({ words: 4, titled: true });
    expect(nameShape('Ann Judge')).toEqual({ words: 2, titled: false });
  });

  test('agrees with nameWords and hasTitleWord for any name', () => {
    const name = fc.array(fc.constantFrom('Chief', 'Deputy', 'Ann', 'Judge', 'the', "O'Neil's", 'J.', ' ', '-', 'Mayor'), { maxLength: 6 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(name, (written) => {
        expect(nameShape(written)).toEqual({ words: nameWords(written).length, titled: hasTitleWord(written) });
      }),
    );
  });
});
