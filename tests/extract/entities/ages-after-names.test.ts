/**
 * An age set off by commas right after a name (`Jo Park, 34,`) makes the name a person's. News
 * writes a child's age in words (`six`, `twenty-two`) and a defendant's after `aged`; both count,
 * so a name whose given name is an English word (`Hazel`, which the given-name table leaves out)
 * is still found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { isNumberWordTo99 } from '../../../src/extract/lexicon/number-words.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('an age after a name', () => {
  it('makes a person of a name followed by an age in words', () => {
    expect(kindsAndNames('Floats went by. Hazel Orrin, six, was thrilled to see the lights.')).toEqual(['person:Hazel Orrin']);
  });

  it('reads a hyphenated age in words', () => {
    expect(kindsAndNames('Floats went by. Hazel Orrin, twenty-two, watched from a bench.')).toEqual(['person:Hazel Orrin']);
  });

  it('reads an age after aged', () => {
    expect(kindsAndNames('Floats went by. Hazel Orrin, aged 38, watched from a bench.')).toEqual(['person:Hazel Orrin']);
  });

  it('reads an age in words after aged', () => {
    expect(kindsAndNames('Floats went by. Hazel Orrin, aged nine, watched from a bench.')).toEqual(['person:Hazel Orrin']);
  });

  it('makes a person of a lone first name opening a sentence with an age in words', () => {
    expect(kindsAndNames('Floats went by. Orrin, seven, waved at the band.')).toEqual(['person:Orrin']);
  });

  it('reads an age written in words as a modifier in the appositive', () => {
    expect(kindsAndNames('Floats went by. Hazel Orrin, a six-year-old pupil, waved.')).toEqual(['person:Hazel Orrin']);
  });

  it('takes no number word for an age unless a comma closes it', () => {
    expect(kindsAndNames('Floats went by. Hazel Orrin, six days later, opened the shop.')).toEqual([]);
  });
});

describe('number words to ninety-nine', () => {
  it.each(['one', 'twelve', 'nineteen', 'forty', 'seventy-seven', 'ninety-nine'])('holds %s', (word) => {
    expect(isNumberWordTo99(word)).toBe(true);
  });

  it.each(['hundred', 'zero', 'twenty-ten', 'oneself', 'none'])('leaves out %s', (word) => {
    expect(isNumberWordTo99(word)).toBe(false);
  });

  it('holds every tens and unit joined by a hyphen, and never the other order', () => {
    const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
    fc.assert(
      fc.property(fc.constantFrom(...tens), fc.constantFrom(...units), (ten, unit) => {
        expect(isNumberWordTo99(`${ten}-${unit}`)).toBe(true);
        expect(isNumberWordTo99(`${unit}-${ten}`)).toBe(false);
      }),
    );
  });
});
