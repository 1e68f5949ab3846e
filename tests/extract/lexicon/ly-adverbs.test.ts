import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isLyAdverb, NON_ADVERBS_IN_LY } from '../../../src/extract/lexicon/cue-arguments.ts';

describe('isLyAdverb', () => {
  test('a lower-case word in -ly of five letters or more is a manner adverb', () => {
    expect(['gingerly', 'tersely', 'wryly', 'matter-of-factly', 'pointedly'].filter(isLyAdverb)).toEqual(['gingerly', 'tersely', 'wryly', 'matter-of-factly', 'pointedly']);
  });

  test('nouns, verbs and adjectives in -ly are not, nor a capitalized name', () => {
    expect(['family', 'ally', 'rally', 'daily', 'elderly', 'reply', 'quarterly', 'Kelly', 'Beverly', 'Gingerly'].filter(isLyAdverb)).toEqual([]);
  });

  test('no word in the table of non-adverbs is one', () => {
    expect([...NON_ADVERBS_IN_LY].filter(isLyAdverb)).toEqual([]);
  });

  test('a word not ending in -ly never is one', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (word) => !isLyAdverb(`${word}x`)));
  });
});
