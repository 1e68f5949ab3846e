import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

/**
 * A sentence may open with a name in the possessive (`Berg's team`), which the
 * quote stage reads as one token running past the name. Walking the names
 * that open a sentence must still move on from such a token: it once stood
 * still on it for ever.
 */
const PEOPLE: FakeEntity[] = [
  { name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] },
  { name: 'Tomas Berg', kind: 'person', aliases: ['Berg'] },
];

function speakers(paragraphs: string[]): [string, string | null][] {
  const input = article(paragraphs, 'Harbour works');
  return findQuotes(input, fakeEntities(input, PEOPLE)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null]);
}

describe('sentences that open with a name in the possessive', () => {
  it('are read past the possessive name, and a participle clause’s partial quote goes to no one: the team speaks, not Berg', () => {
    expect(speakers(['Tomas Berg met Ana Ruiz. Berg’s team quit the party, accusing its leaders of "betrayal".'])).toEqual([['betrayal', null]]);
  });

  it('are read to the end whatever follows the possessive name, each quote found in the text and given to someone named', () => {
    const piece = fc.constantFrom('Berg’s', "Ruiz's", 'Tomas Berg’s', 'team', 'quit', 'the', 'party', ',', 'accusing', 'saying', 'said', ':', '"betrayal"', '"We stay."', '.');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (pieces) => {
        const paragraph = `Tomas Berg met Ana Ruiz. ${pieces.join(' ')}`;
        const found = speakers([paragraph]);
        // Every quote found is text of the paragraph, and its speaker one of the two people named.
        for (const [text, speaker] of found) {
          expect(paragraph.includes(text)).toBe(true);
          expect([null, 'Tomas Berg', 'Ana Ruiz']).toContain(speaker);
        }
      }),
      { numRuns: 300 },
    );
  });
});
