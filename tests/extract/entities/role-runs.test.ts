/**
 * Capitalized runs that end in titles with no name after them name a role:
 * `former Elsland Vice President`, `the Liberal MLA for Dunmore`.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('a run that ends in titles', () => {
  it('keeps the known place before the titles and drops the role', () => {
    expect(kindsAndNames('She was inspired by a former US Vice President.')).toEqual(['place:United States']);
  });

  it('drops a lone unknown word before a member title', () => {
    expect(kindsAndNames('The petition was signed by the Liberal MLA for Dunmore.')).toEqual(['place:Dunmore']);
  });

  it('still reads a title before a name as the title of a person', () => {
    expect(kindsAndNames('MLA Jo Vance spoke first.')).toEqual(['person:Jo Vance']);
  });

  it('leaves a body whose name ends in a title word alone when it has two words before it', () => {
    expect(kindsAndNames('The Kestrel Valley Harbour Master said the port was closed.')).not.toEqual([]);
  });
});
