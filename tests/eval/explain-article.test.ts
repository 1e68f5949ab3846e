import { describe, expect, it } from 'vitest';
import { explainArticle } from '../../src/eval/explain-article.ts';
import type { GoldArticle } from '../../src/eval/gold.ts';

const GOLD: GoldArticle = {
  title: null,
  quotes: [
    { text: 'The bridge will reopen', speaker: 'Ada Pell', kind: 'direct', ambiguous: false },
    { text: 'a lifeline', speaker: 'Tomas Reyes', kind: 'partial', ambiguous: false },
    { text: 'Night Owl', speaker: null, kind: 'not-speech', ambiguous: false },
  ],
  entities: { person: [{ name: 'Ada Pell', aliases: [] }, { name: 'Tomas Reyes', aliases: [] }] },
};

describe('explainArticle', () => {
  it('gives a verdict per gold quote, lists extra spans and the entities scored against', () => {
    const lines = explainArticle(
      {
        quotes: [
          { text: 'The bridge will reopen', kind: 'direct', speaker: 'Pell', confidence: 0.9 },
          { text: 'a lifeline', kind: 'partial', speaker: 'Ada Pell', confidence: 0.9 },
          { text: 'an invented span', kind: 'direct', speaker: 'Ada Pell', confidence: 0.3 },
        ],
        entities: [{ name: 'Ada Pell', kind: 'person' }, { name: 'Kestrel Bridge', kind: 'person' }],
      },
      GOLD,
    );
    expect(lines).toEqual([
      '  ok      direct/Ada Pell -> direct/Pell  "The bridge will reopen"',
      '  WRONG   partial/Tomas Reyes -> partial/Ada Pell  "a lifeline"',
      '  MISSED  not-speech/-  "Night Owl"',
      '  EXTRA   direct/(Ada Pell?)  "an invented span"',
      '  missed person: Tomas Reyes',
      '  extra person: Kestrel Bridge',
    ]);
  });
});
