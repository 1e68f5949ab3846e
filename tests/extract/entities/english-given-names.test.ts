/**
 * Given names of English-speaking countries (`src/extract/gazetteer/given-names-en.ts`) make a
 * capitalized pair a person with no other clue; names that are also English words stay out.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { GIVEN_NAMES } from '../../../src/extract/gazetteer/given-names.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('English given names', () => {
  it.each(['marla', 'trevor', 'lenore', 'woodrow', 'harriette'])('holds %s', (name) => {
    expect(GIVEN_NAMES.has(name)).toBe(true);
  });

  it.each(['joy', 'hazel', 'will', 'sydney', 'austin'])('leaves out %s (an English word or a known place)', (name) => {
    expect(GIVEN_NAMES.has(name)).toBe(false);
  });

  it.each(['von', 'des', 'min', 'mei', 'chen'])('leaves out %s (three letters or fewer, or an East Asian family name)', (name) => {
    expect(GIVEN_NAMES.has(name)).toBe(false);
  });

  it('makes a pair that starts with one a person', () => {
    expect(kindsAndNames('The shop reopened after Marla Voss bought it.')).toEqual(['person:Marla Voss']);
  });
});
