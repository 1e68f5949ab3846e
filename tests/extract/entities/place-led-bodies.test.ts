import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function bodies(paragraphs: string[]): [string, string[]][] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs })
    .entities.filter((entity) => entity.kind === 'organization')
    .map((entity) => [entity.name, entity.aliases]);
}

describe('bodies whose names open with a place', () => {
  it('keeps a body named after a region whole and makes its name without the region an alias', () => {
    expect(bodies(['Crews from the Western Australia Coastal Rescue Service reached the boat.', 'The Coastal Rescue Service said all four were safe.'])).toEqual([
      ['Western Australia Coastal Rescue Service', ['Western Australia Coastal Rescue Service', 'Coastal Rescue Service']],
    ]);
  });

  it('resolves the initials of the shorter name to the whole body', () => {
    expect(bodies(['Crews from the Western Australia Coastal Rescue Service reached the boat.', 'The Coastal Rescue Service said all four were safe.', 'The CRS will review the call.'])).toEqual([
      ['Western Australia Coastal Rescue Service', ['Western Australia Coastal Rescue Service', 'Coastal Rescue Service', 'CRS']],
    ]);
  });

  it('keeps a state department whole and its name without the state as an alias', () => {
    expect(bodies(['The Nevada Department of Agriculture issued a warning.', 'The Department of Agriculture said testing continues.'])).toEqual([
      ['Nevada Department of Agriculture', ['Nevada Department of Agriculture', 'Department of Agriculture']],
    ]);
  });

  it('keeps a shorter name two place-led bodies share as a body of its own', () => {
    expect(bodies(['The Ohio Department of Health and the Texas Department of Health disagreed.', 'The Department of Health in Washington stayed silent.']).map(([name]) => name)).toEqual([
      'Ohio Department of Health',
      'Texas Department of Health',
      'Department of Health',
    ]);
  });

  it('does not take a differently named body as the only body so far', () => {
    const found = findEntities({ title: null, caption: null, dateline: [], paragraphs: ['The Coastal Rescue Service sent two boats.', 'We had the commission, and nothing changed.'] });
    expect(found.mentions.map((mention) => mention.text)).toEqual(['Coastal Rescue Service']);
  });
});
