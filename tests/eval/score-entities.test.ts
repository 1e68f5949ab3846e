import { describe, expect, it } from 'vitest';
import type { GoldArticle } from '../../src/eval/gold.ts';
import { scoreEntities } from '../../src/eval/score-entities.ts';

const GOLD: GoldArticle['entities'] = {
  person: [{ name: 'Ada Pell', aliases: [] }, { name: 'Tomas Reyes', aliases: [] }],
  organization: [{ name: 'Northern Transit Authority', aliases: ['the authority'] }],
  place: [],
};

describe('scoreEntities', () => {
  it('matches by name rules and kind: recall over gold, precision over predicted', () => {
    const counts = scoreEntities(
      [
        { name: 'Mayor Ada Pell', kind: 'person' },
        { name: 'NTA', kind: 'organization' },
        { name: 'Harbour Street', kind: 'place' },
      ],
      GOLD,
    );
    expect(counts).toEqual({ kinds: ['organization', 'person', 'place'], gold: 3, found: 2, predicted: 3, right: 2 });
  });

  it('does not match a right name with the wrong kind', () => {
    const counts = scoreEntities([{ name: 'Ada Pell', kind: 'organization' }], GOLD);
    expect(counts).toMatchObject({ found: 0, right: 0, predicted: 1 });
  });

  it('matches through an alias on either side', () => {
    const counts = scoreEntities(
      [
        { name: 'Pell family', kind: 'person', aliases: ['Pell'] },
        { name: 'Authority', kind: 'organization', aliases: ['The Authority'] },
      ],
      GOLD,
    );
    expect(counts).toMatchObject({ found: 2, right: 2 });
  });

  it('scores only the kinds the gold lists, ignoring predicted events when the gold has none', () => {
    const counts = scoreEntities([{ name: 'Harbour Festival', kind: 'event' }], GOLD);
    expect(counts).toMatchObject({ predicted: 0, right: 0 });
  });

  it('counts every predicted duplicate of a gold entity as right', () => {
    const counts = scoreEntities(
      [
        { name: 'Ada Pell', kind: 'person' },
        { name: 'Pell', kind: 'person' },
      ],
      GOLD,
    );
    expect(counts).toMatchObject({ found: 1, predicted: 2, right: 2 });
  });
});
