import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): [string, string][] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => [entity.kind, entity.name]);
}

describe('Korean and Chinese names with a hyphenated given name', () => {
  it('reads a one-syllable family name before a hyphenated given name as a person with no other evidence', () => {
    expect(named(['The complaint was filed by Moon Ha-eun in March.'])).toEqual([['person', 'Moon Ha-eun']]);
  });

  it('resolves the family name used alone later to the same person', () => {
    const entities = findEntities({ title: null, caption: null, dateline: [], paragraphs: ['The complaint was filed by Moon Ha-eun in March.', 'Moon later withdrew it.'] }).entities;
    expect(entities.map((entity) => [entity.kind, entity.name, entity.aliases.includes('Moon')])).toEqual([['person', 'Moon Ha-eun', true]]);
  });

  it('does not read a hyphenated place name after a two-syllable word as a person', () => {
    expect(named(['Ferries run from Harbor Saint-Malo every day.']).filter(([kind]) => kind === 'person')).toEqual([]);
  });
});
