/**
 * A person's age after a name, as news writes it: in digits, after `aged`, or
 * in words. The age makes the name a person's and opens an address.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageEnd, agedAppositiveEnd } from '../../../src/extract/entities/ages.ts';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { tokenize } from '../../../src/extract/entities/tokenize.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('ageEnd', () => {
  it('reads digits', () => {
    expect(ageEnd(tokenize('34, of'), 0)).toBe(1);
  });

  it('reads `aged` and digits', () => {
    expect(ageEnd(tokenize('aged 34, of'), 0)).toBe(2);
  });

  it('reads a number word', () => {
    expect(ageEnd(tokenize('six, was'), 0)).toBe(1);
  });

  it('reads a hyphenated number word', () => {
    expect(ageEnd(tokenize('twenty-one, was'), 0)).toBe(1);
  });

  it('reads `aged` and a number word', () => {
    expect(ageEnd(tokenize('aged seven, of'), 0)).toBe(2);
  });

  it('reads no capitalized word as an age', () => {
    expect(ageEnd(tokenize('Six Nations'), 0)).toBe(-1);
  });

  it('reads no other word as an age', () => {
    expect(ageEnd(tokenize('aged care'), 0)).toBe(-1);
  });
});

describe('agedAppositiveEnd', () => {
  it('needs a comma after the age', () => {
    expect(agedAppositiveEnd(tokenize('Ada Pell, six of them'), 2)).toBe(-1);
  });

  it('returns the index after the age before the closing comma', () => {
    expect(agedAppositiveEnd(tokenize('Ada Pell, aged six, left'), 2)).toBe(5);
  });

  it('never reads past the tokens it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(40), (text, at) => {
        const tokens = tokenize(text);
        const after = agedAppositiveEnd(tokens, at);
        expect(after === -1 || (after > at && after <= tokens.length)).toBe(true);
      }),
    );
  });
});

describe('an age in words after a name', () => {
  it('makes a full name nobody else describes a person', () => {
    expect(kindsAndNames('Orla Penhay, six, was excited to see the lights.')).toEqual(['person:Orla Penhay']);
  });

  it('makes a full name a person after `aged`', () => {
    expect(kindsAndNames('Orla Penhay, aged seven, was excited to see the lights.')).toEqual(['person:Orla Penhay']);
  });
});

describe('an address after `aged`', () => {
  it('makes the names after `, aged 38, of` places', () => {
    expect(kindsAndNames('Tam Orlo, aged 38, of Hollins Gate, Westcombe, pleaded guilty.')).toEqual([
      'person:Tam Orlo', 'place:Hollins Gate', 'place:Westcombe',
    ]);
  });

  it('reads the address of a second person in the same sentence', () => {
    expect(kindsAndNames('Tam Orlo, 38, of Wexcombe, and Ked Vantry, aged 39, of Pendry, pleaded guilty.')).toEqual([
      'person:Tam Orlo', 'place:Wexcombe', 'person:Ked Vantry', 'place:Pendry',
    ]);
  });
});
