/**
 * A verb of speech in its -s form after a word that counts (`many states`,
 * `two news reports`) is a plural noun: it reports nobody's words, so it
 * neither cues a quote nor stands in the way of the cue that closes the
 * sentence.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Ann Kim', kind: 'person' },
  { name: 'Tom Reed', kind: 'person' },
];

/** Speaker (null when below 0.5) and kind of each quote. */
function speakers(paragraphs: string[]): [string, string | null, string][] {
  const input = article(paragraphs);
  return findQuotes(input, fakeEntities(input, LIST)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null, quote.kind]);
}

describe('a verb’s -s form after a word that counts is a noun', () => {
  it('leaves the closing cue to the partial quote before it: `many Asian states …, said Ann Kim`', () => {
    expect(speakers(['The plan has provoked mixed feelings in many Asian states, and it has used "velvet gloves" in its dealings, said Ann Kim, an expert.'])).toEqual([
      ['velvet gloves', 'Ann Kim', 'partial'],
    ]);
  });

  it('leaves the closing cue to the partial quote before it after a number: `two reports …, said Ann Kim`', () => {
    expect(speakers(['The board ignored two reports and the plan was "a dead letter" by May, said Ann Kim.'])).toEqual([['a dead letter', 'Ann Kim', 'partial']]);
  });

  it('still reads the -s form as a verb after a name: `Tom Reed states`', () => {
    expect(speakers(['Tom Reed states that the plan was "a dead letter".'])).toEqual([['a dead letter', 'Tom Reed', 'partial']]);
  });
});

describe('a verb’s bare form after a determiner and its modifiers is a noun', () => {
  it('lets the cue before it reach the partial quote: `said that in her economically depressed state, "…"`', () => {
    expect(speakers(['Ann Kim said that in her economically depressed state, "there is a huge degree of pessimism."'])).toEqual([
      ['there is a huge degree of pessimism.', 'Ann Kim', 'partial'],
    ]);
  });

  it('lets the cue before it reach the partial quote past `its fair share`', () => {
    expect(speakers(['Tom Reed said the port should take its fair share of the "genuine refugees".'])).toEqual([['genuine refugees', 'Tom Reed', 'partial']]);
  });
});
