/**
 * `at` before a name: where something happens (`gathered at Tarrow`) unless
 * a role or a word of work or study before it makes the name an employer
 * (`an analyst at Kestrel`, `studied at Kestrel`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('a name after at', () => {
  it('is a place where something happens', () => {
    expect(kindsAndNames('Hundreds of people gathered at Tarrow on Saturday.')).toEqual(['place:Tarrow']);
  });

  it('is an employer after a role noun', () => {
    expect(kindsAndNames('The figures surprised an analyst at Kestrel on Saturday.')).toEqual(['organization:Kestrel']);
  });

  it('is no place after a word of work', () => {
    expect(kindsAndNames('She worked at Kestrel for ten years.')).toEqual([]);
  });

  it('makes a place of any invented name where people gather, and no place of it where one works', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[QX][a-z]{3,8}$/), (name) => {
        expect(kindsAndNames(`Hundreds of people gathered at ${name} on Saturday.`)).toEqual([`place:${name}`]);
        expect(kindsAndNames(`She worked at ${name} for ten years.`)).toEqual([]);
      }),
    );
  });
});
