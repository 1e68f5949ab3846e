/** `I'm`, `I've`: a pronoun with a contracted verb opens many quoted sentences and names nobody. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { FUNCTION_WORDS } from '../../../src/extract/entities/common-words.ts';

describe('contractions of I', () => {
  it.each(["i'm", "i've", "i'll", "i'd"])('lists %s among the function words', (word) => {
    expect(FUNCTION_WORDS.has(word)).toBe(true);
  });

  it('never makes a person of a quoted `I’m` the reporter attributes', () => {
    const { entities } = findEntities({ title: null, caption: null, dateline: [], paragraphs: ['“I’m here to see the parade,” she said. “I’ve waited all year.”'] });
    expect(entities).toEqual([]);
  });
});
