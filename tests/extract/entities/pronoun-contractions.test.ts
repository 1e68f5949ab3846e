/**
 * A pronoun with a contracted verb (`I'm`, `I’ve`, `They'd`) is one word to the tokenizer and is
 * capitalized wherever `I` is, or wherever it opens a sentence; it is never anybody's name.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { FUNCTION_WORDS } from '../../../src/extract/entities/common-words.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('pronoun contractions', () => {
  it('names nobody for I’m written in the middle of a quoted sentence', () => {
    expect(kindsAndNames('Nell Orrin waved a flag.', '"I\'m cold," she said. "This morning, I\'m asking for a coat."')).toEqual(['person:Nell Orrin']);
  });

  it('names nobody for I’d before a reporting verb', () => {
    expect(kindsAndNames('Nell Orrin waved a flag.', '“Later, I’d say, the rain helped,” she said.')).toEqual(['person:Nell Orrin']);
  });

  it('names nobody for They’ve before a reporting verb after a comma', () => {
    expect(kindsAndNames('Nell Orrin waved a flag.', '"Well, They\'ve said no," she said.')).toEqual(['person:Nell Orrin']);
  });

  it.each(["i'm", "i've", "i'll", "i'd", "we're", "we've", "they'll", "you'd", "she'll", "he'd", "it'll"])('counts %s as a function word', (key) => {
    expect(FUNCTION_WORDS.has(key)).toBe(true);
  });

  it.each(["o'brien", "d'arcy", "n'golo", "i'tisam", "ma'am", "l'oreal"])('leaves the name or word %s alone', (key) => {
    expect(FUNCTION_WORDS.has(key)).toBe(false);
  });
});
