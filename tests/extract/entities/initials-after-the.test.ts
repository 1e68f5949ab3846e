/** Initials after `the` that no table knows (`the KPR`) are a body's, unless the words around them say otherwise. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('initials after `the`', () => {
  it('make a body of unknown initials', () => {
    expect(kindsAndNames('The plan was drawn up by the KPR before the vote.')).toEqual(['organization:KPR']);
  });

  it('make a body even after a place preposition', () => {
    expect(kindsAndNames('Ten workers joined the KPR last year.')).toEqual(['organization:KPR']);
  });

  it('leave known initials to their table', () => {
    expect(kindsAndNames('The report reached the US on Monday.')).toEqual(['place:United States']);
  });

  it('need the `the`: lone unknown initials stay out', () => {
    expect(kindsAndNames('Ten workers joined KPR last year.')).toEqual([]);
  });
});
