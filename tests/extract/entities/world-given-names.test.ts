/**
 * Given names of the world in Latin script (`src/extract/gazetteer/given-names-world.ts`, from the faker locales)
 * make a capitalized pair a person with no other clue, written with or without its accents; names that are
 * English words, open town names or come only from the US birth-record list stay out.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { GIVEN_NAMES } from '../../../src/extract/gazetteer/given-names.ts';
import { WORLD_GIVEN_NAMES_TEXT } from '../../../src/extract/gazetteer/given-names-world.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

const WORLD = new Set(WORLD_GIVEN_NAMES_TEXT.split(/\s+/));

describe('given names of the world', () => {
  it.each(['chinedu', 'oluwaseun', 'priya', 'ioana', 'zoltán', 'zoltan', 'kurnia', 'tuulikki'])('holds %s', (name) => {
    expect(WORLD.has(name)).toBe(true);
    expect(GIVEN_NAMES.has(name)).toBe(true);
  });

  it.each(['ángel', 'angel', 'precious', 'victory', 'grace'])('leaves out %s (an English word, accented or not)', (name) => {
    expect(WORLD.has(name)).toBe(false);
  });

  it.each(['santa', 'belo'])('leaves out %s (the first word of several town names)', (name) => {
    expect(WORLD.has(name)).toBe(false);
  });

  it.each(['lexus', 'eli'])('leaves out %s (the US birth-record list, or three letters or fewer)', (name) => {
    expect(WORLD.has(name)).toBe(false);
  });

  it('holds no name the hand-kept or English tables already hold', () => {
    expect(['maria', 'david', 'marla', 'trevor'].filter((name) => WORLD.has(name))).toEqual([]);
  });

  it('holds only lowercase single words of four letters or more (a dotted `İ` keeps its dot as a mark, as the tokenizer lowercases it)', () => {
    expect([...WORLD].filter((name) => !/^\p{Ll}[\p{Ll}\p{M}-]{3,}$/u.test(name))).toEqual([]);
  });

  it('makes a pair that starts with one a person', () => {
    expect(kindsAndNames('The board met after Chinedu Okwelle resigned.')).toEqual(['person:Chinedu Okwelle']);
  });

  it('makes a pair that starts with one written without its accents a person', () => {
    expect(kindsAndNames('The board met after Zoltan Verebi resigned.')).toEqual(['person:Zoltan Verebi']);
  });
});
