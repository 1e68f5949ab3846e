import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isSpaceAt } from '../../../src/extract/analysis/characters.ts';
import { isAllCaps, isUpperUnit, isWordJoiner, NAME_COMPOUND_MODIFIERS, nameBeforeModifier } from '../../../src/extract/entities/tokenize.ts';

/** Every UTF-16 code unit, lone surrogates included. */
const EVERY_UNIT = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

describe('the tokenizer\'s character tests, against the definitions they replace', () => {
  test('isSpaceAt is /\\s/u for every code unit', () => {
    const differing = EVERY_UNIT.filter((char) => isSpaceAt(`a${char}b`, 1) !== /\s/u.test(char));
    expect(differing).toEqual([]);
  });

  test('isUpperUnit is /\\p{Lu}/u for every code unit', () => {
    const differing = EVERY_UNIT.filter((char) => isUpperUnit(char) !== /\p{Lu}/u.test(char));
    expect(differing).toEqual([]);
  });

  test('isWordJoiner holds for exactly - \' ’ &', () => {
    const joiners = EVERY_UNIT.filter((char) => isWordJoiner(char.charCodeAt(0)));
    expect(joiners).toEqual(['&', "'", '-', '’']);
  });

  test('isAllCaps: two or more letters, none lowercase', () => {
    expect(isAllCaps('NATO', 'nato')).toBe(true);
    expect(isAllCaps('G20', 'g20')).toBe(false);
    expect(isAllCaps('Nato', 'nato')).toBe(false);
    expect(isAllCaps('A', 'a')).toBe(false);
    expect(isAllCaps('ÉU', 'éu')).toBe(true);
  });

  test('isAllCaps is its definition (the uppercase copy, then letters counted) for any word', () => {
    const definition = (text: string, lower: string): boolean => {
      if (text !== text.toUpperCase()) return false;
      let letters = 0;
      for (let index = 0; index < text.length; index += 1) if (text[index] !== lower[index]) letters += 1;
      return letters >= 2;
    };
    const word = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.array(fc.constantFrom('A', 'b', 'Z', 'z', '1', 'É', 'ß', '-', '’', 'İ', 'ǅ', '\u{1F600}'), { maxLength: 6 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(word, (text) => {
        const lower = text.toLowerCase();
        expect(isAllCaps(text, lower)).toBe(definition(text, lower));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('nameBeforeModifier, against its definition by lastIndexOf', () => {
  const definition = (value: string): number => {
    const hyphen = value.lastIndexOf('-');
    if (hyphen <= 0 || !/\p{Lu}/u.test(value[0] ?? '')) return 0;
    return NAME_COMPOUND_MODIFIERS.has(value.slice(hyphen + 1)) ? hyphen : 0;
  };

  test('splits a name off its modifier at the last hyphen', () => {
    expect(nameBeforeModifier('Minneapolis-based')).toBe(11);
    expect(nameBeforeModifier('Jo-Ann-led')).toBe(6);
    expect(nameBeforeModifier('well-based')).toBe(0);
    expect(nameBeforeModifier('Moon-Putin')).toBe(0);
  });

  test('for any word', () => {
    const word = fc.array(fc.constantFrom('Denver', 'jo', '-', 'based', 'led', 'É', 'x', '--', 'area'), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(word, fc.string({ maxLength: 12 })), (value) => {
        expect(nameBeforeModifier(value)).toBe(definition(value));
      }),
      { numRuns: 3000 },
    );
  });
});
