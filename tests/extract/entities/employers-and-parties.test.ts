/**
 * Lowercase nouns after a name that make it a body: `the Kemvar Tolun party`,
 * `a Torvane representative`.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('a party named with a lowercase `party`', () => {
  it('makes the name before `party` an organization', () => {
    expect(kindsAndNames('The move was backed by the far-right Kemvar Tolun party on Monday.')).toEqual(['organization:Kemvar Tolun']);
  });
});

describe('an employee named by the body', () => {
  it('makes the name between `a` and `representative` an organization', () => {
    expect(kindsAndNames('A Torvane representative said the stations were full.')).toEqual(['organization:Torvane']);
  });

  it('needs the indefinite article', () => {
    expect(kindsAndNames('Yesterday Torvane representative hours were cut.')).toEqual([]);
  });
});
