import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs })
    .entities.map((entity) => `${entity.kind}:${entity.name}`)
    .sort();
}

describe('page labels in the body', () => {
  it('finds nothing in a section label printed in capitals', () => {
    expect(named('LIFESTYLE', 'The mill closed in 1985.')).toEqual([]);
  });

  it('finds no unknown name in a More from link line', () => {
    expect(named('More from Gardening')).toEqual([]);
    expect(named('Most viewed in Gardening')).toEqual([]);
  });

  it('still finds a known name in a link line', () => {
    expect(named('More from Reuters')).toEqual(['organization:Reuters']);
  });

  it('still finds a short acronym on its own line', () => {
    expect(named('NATO')).toEqual(['organization:NATO']);
  });
});
