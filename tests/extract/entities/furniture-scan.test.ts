import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CREDIT_TAIL, CREDIT_TAIL_WORD, endsSentence, hasPieceSeparator } from '../../../src/extract/entities/furniture.ts';

/** Lines built from the characters and words these tests turn on. */
const line = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom('Jo Park', ' ', '·', '|', '•', '.', '!', '?', '"', '”', '’', 'Photo', 'File photo:', 'Credit', '©', '/', 'AP', ':', 'x'), { maxLength: 10 }).map((parts) => parts.join('')),
);

describe('the quick furniture tests, against the expressions they stand for', () => {
  test('endsSentence is /[.!?]["”’]?$/', () => {
    fc.assert(fc.property(line, (text) => {
      expect(endsSentence(text)).toBe(/[.!?]["”’]?$/.test(text));
    }), { numRuns: 3000 });
    expect(endsSentence('He left.”')).toBe(true);
    expect(endsSentence('By Jo Park')).toBe(false);
  });

  test('hasPieceSeparator is /\\s[·|•]\\s/', () => {
    fc.assert(fc.property(line, (text) => {
      expect(hasPieceSeparator(text)).toBe(/\s[·|•]\s/.test(text));
    }), { numRuns: 3000 });
    expect(hasPieceSeparator('Jo Park · Valley News')).toBe(true);
    expect(hasPieceSeparator('a|b')).toBe(false);
  });

  test('no text matches the credit-tail expression without one of its words', () => {
    fc.assert(
      fc.property(line, (text) => {
        if (CREDIT_TAIL.test(text)) expect(CREDIT_TAIL_WORD.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(CREDIT_TAIL.test('Fans at the match. Photo: Jo Park/AP')).toBe(true);
  });
});
