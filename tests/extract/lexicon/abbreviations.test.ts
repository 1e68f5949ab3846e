import { describe, expect, test } from 'vitest';
import { ABBREVIATION_KEYS, ABBREVIATIONS } from '../../../src/extract/lexicon/abbreviations.ts';
import { US_STATES } from '../../../src/extract/gazetteer/us-states.ts';

describe('the abbreviation table', () => {
  test('holds titles, months and short forms as written, without the stop', () => {
    for (const word of ['Mr', 'Dr', 'Sen', 'Cllr', 'Sept', 'Jan', 'No', 'etc', 'e.g', 'Inc']) expect(ABBREVIATIONS.has(word)).toBe(true);
  });

  test('is case-sensitive, so a sentence ending in "no." is not taken for a number', () => {
    expect(ABBREVIATIONS.has('No')).toBe(true);
    expect(ABBREVIATIONS.has('no')).toBe(false);
  });

  test('lists no place: state abbreviations come from the gazetteer, into the tokenizers\' keys only', () => {
    expect(ABBREVIATIONS.has('Calif')).toBe(false);
    expect(ABBREVIATION_KEYS.has('calif')).toBe(true);
    expect(ABBREVIATION_KEYS.has('wyo')).toBe(true);
  });

  test('keys every word of the table in lower case, and every one-word state abbreviation of the gazetteer', () => {
    const states = US_STATES.flatMap((state) => state.altNames).filter((form) => /^\p{L}+\.$/u.test(form));
    expect(states.length).toBeGreaterThan(30);
    for (const word of ABBREVIATIONS) expect(ABBREVIATION_KEYS.has(word.toLowerCase())).toBe(true);
    for (const form of states) expect(ABBREVIATION_KEYS.has(form.slice(0, -1).toLowerCase())).toBe(true);
    expect(ABBREVIATION_KEYS.size).toBe(ABBREVIATIONS.size + states.length);
  });

  test('writes every entry without its final stop and without spaces', () => {
    for (const word of ABBREVIATIONS) expect(word).toMatch(/^\p{L}+(?:\.\p{L}+)*$/u);
  });
});
