import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SHORT_NAME_LIMIT, shortName } from '../../src/site/short-name.ts';

describe('shortName', () => {
  test('leaves a name of up to 60 characters whole', () => {
    const name = 'Ministry of Foreign Affairs of the Republic of Korea';
    expect(shortName(name)).toBe(name);
  });

  test('cuts a longer name at a word break and ends it with an ellipsis', () => {
    expect(shortName('Ministry Of Foreign Affairs Announces New Regional Cooperation Framework', 40)).toBe('Ministry Of Foreign Affairs Announces…');
  });

  test('cuts inside a word when no word break keeps half of the name', () => {
    expect(shortName('Aaaaaaaaaaaaaaaaaaaa Bbb', 10)).toBe('Aaaaaaaaa…');
  });

  test('leaves whole a name longer than the limit in code units but not in characters', () => {
    // 12 characters of two code units each: 24 units, within a limit of 12 only counted as a reader counts.
    expect(shortName('कि'.repeat(12), 12)).toBe('कि'.repeat(12));
  });

  test('never splits a character from its accent mark', () => {
    expect(shortName('कि'.repeat(12), 10)).toBe(`${'कि'.repeat(9)}…`);
  });

  test('is never longer than the limit, counted in characters as a reader sees them', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (name) => {
        expect([...segmenter.segment(shortName(name))].length).toBeLessThanOrEqual(SHORT_NAME_LIMIT);
      }),
    );
  });
});
