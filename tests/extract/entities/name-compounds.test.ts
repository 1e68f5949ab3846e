/**
 * A name joined by a hyphen to a word that describes something else
 * (`Brindlecot-based`, `Tam Vero-coached`): the name is split off and read
 * as a name, and the word after the hyphen says what kind it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { nameBeforeModifier, tokenize } from '../../../src/extract/entities/tokenize.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('a name before a hyphenated modifier', () => {
  it('splits `Brindlecot-based` into the name, the hyphen and the modifier', () => {
    expect(tokenize('Brindlecot-based').map((token) => token.text)).toEqual(['Brindlecot', '-', 'based']);
  });

  it('keeps a hyphenated word that ends in another word whole', () => {
    expect(tokenize('Pan-African').map((token) => token.text)).toEqual(['Pan-African']);
  });

  it('keeps a lowercase compound whole', () => {
    expect(tokenize('state-backed').map((token) => token.text)).toEqual(['state-backed']);
  });

  it('makes the name before `-based` a place', () => {
    expect(kindsAndNames('The Brindlecot-based company cut its forecast.')).toEqual(['place:Brindlecot']);
  });

  it('makes the name before `-area` a place', () => {
    expect(kindsAndNames('Miners walked out at Oxmarsh-area shafts on Monday.')).toEqual(['place:Oxmarsh']);
  });

  it('makes a full name before `-coached` a person, even after `the`', () => {
    expect(kindsAndNames('The Tam Vero-coached side won all 20 of its games.')).toEqual(['person:Tam Vero']);
  });

  it('makes a full name before `-led` a person', () => {
    expect(kindsAndNames('A Dalia Fenwright-led panel will report in May.')).toEqual(['person:Dalia Fenwright']);
  });

  it('reads back the name and the modifier exactly as written, for any name', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{1,8}(?:-[A-Z][a-z]{1,8})?$/);
    fc.assert(
      fc.property(name, fc.constantFrom('based', 'led', 'area', 'coached'), (written, modifier) => {
        const word = `${written}-${modifier}`;
        expect(nameBeforeModifier(word)).toBe(written.length);
        const tokens = tokenize(`The ${word} firm.`);
        expect(tokens.map((token) => token.text)).toEqual(['The', written, '-', modifier, 'firm', '.']);
        for (const token of tokens) expect(`The ${word} firm.`.slice(token.start, token.end)).toBe(token.text);
      }),
    );
  });
});
