import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpanText } from '../../src/eval/normalize.ts';

describe('normalizeSpanText', () => {
  it('keeps only lowercase letters and digits', () => {
    expect(normalizeSpanText('We’ll be back, in 2 weeks!')).toBe('wellbebackin2weeks');
  });

  it('folds accents', () => {
    expect(normalizeSpanText('Café Crème')).toBe('cafecreme');
  });

  it('is idempotent and leaves no space or punctuation, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeSpanText(text);
        expect(normalizeSpanText(once)).toBe(once);
        expect(once).not.toMatch(/[\s\p{P}]/u);
      }),
    );
  });
});
