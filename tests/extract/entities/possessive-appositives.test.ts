/**
 * In an appositive the owner before a possessive is no head (`Ann Lyle, the club's treasurer,`,
 * `Kestrelco, the country's largest bank,`): the role after it is. After `whose` what follows
 * is the name's, not what the name is (`Mara Quill, whose bakery flooded`).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('possessives in an appositive', () => {
  it('keeps a person a person after the company’s chief executive', () => {
    expect(kindsAndNames("Ann Lyle, the company's chief executive, said funds were low.")).toEqual(['person:Ann Lyle']);
  });

  it('keeps a person a person after the club’s treasurer', () => {
    expect(kindsAndNames("Ann Lyle, the club's treasurer, said funds were low.")).toEqual(['person:Ann Lyle']);
  });

  it('reads the role after a named owner', () => {
    expect(kindsAndNames("Orla Venn, Marrowgate's chief executive, said funds were low.")).toEqual(['person:Orla Venn']);
  });

  it('reads the role after an owner whose name ends in s and takes the apostrophe alone', () => {
    expect(kindsAndNames("Tad Devine, Harkness' senior adviser, said funds were low.")).toEqual(['person:Tad Devine']);
    expect(kindsAndNames('Tad Devine, Harkness’ senior adviser, said funds were low.')).toEqual(['person:Tad Devine']);
  });

  it('reads the body after the country’s', () => {
    expect(kindsAndNames("Kestrelco, the country's largest bank, said funds were low.")).toEqual(['organization:Kestrelco']);
  });

  it('reads no kind from what a name owns after whose', () => {
    expect(kindsAndNames('"It is a disaster," said Mara Quill, whose bakery on Tarn Street flooded.')).toEqual([
      'person:Mara Quill',
      'place:Tarn Street',
    ]);
  });
});
