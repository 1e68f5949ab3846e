import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('capitalized common nouns standing alone are not entities', () => {
  it('names no body for the Government', () => {
    expect(named(['Ministers said the Government would pay for the repairs.'])).toEqual([]);
  });

  it('names no place for a section label after from', () => {
    expect(named(['More from Business: a harbour reopens.'])).toEqual([]);
  });

  it('names no place for an act of a play', () => {
    expect(named(['The chorus returns in Act Two.'])).toEqual([]);
  });

  it('keeps a common noun inside a longer name', () => {
    expect(named(['Guests gathered at Government House in Wellington.'])).toContainEqual('place:Wellington');
  });
});

describe('a field word before a role is no employer', () => {
  it('names no organization for the field of a consultant', () => {
    expect(named(['Aviation safety consultant Mara Quill said the bolts were fine.'])).toEqual(['person:Mara Quill']);
  });

  it('names no organization for a Test captain', () => {
    expect(named(['Former Test captain Ravi Sethu called the ban harsh.'])).toEqual(['person:Ravi Sethu']);
  });

  it('still reads a company before a role as the employer', () => {
    expect(named(['Jefferies analyst Mara Quill cut her forecast.'])).toContainEqual('organization:Jefferies');
  });
});
