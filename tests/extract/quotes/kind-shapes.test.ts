import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article } from './fake-entities.ts';

function kinds(paragraphs: string[], title: string | null = null): [string, string][] {
  return findQuotes(article(paragraphs, title), { entities: [], mentions: [] }).map((quote) => [quote.text, quote.kind]);
}

describe('quote kinds: examples of works and printed words', () => {
  it('calls capitalized headlines after `headlines such as` not-speech, and the one listed after a comma too', () => {
    expect(kinds(['The tabloid ran headlines such as "MAYOR IN HOT WATER", "FERRY CHAOS AGAIN" all week.'])).toEqual([
      ['MAYOR IN HOT WATER', 'not-speech'],
      ['FERRY CHAOS AGAIN', 'not-speech'],
    ]);
  });

  it('calls a lower-case slogan after `slogans like` not-speech', () => {
    expect(kinds(['Marchers carried slogans like "fix the bridge first" past the town hall.'])).toEqual([['fix the bridge first', 'not-speech']]);
  });

  it('calls a song after `songs including` not-speech though it is in sentence case', () => {
    expect(kinds(['The band played old songs including "Rain on the harbour" before midnight.'])).toEqual([['Rain on the harbour', 'not-speech']]);
  });

  it('keeps examples of remarks speech: `comments such as` introduces someone\'s words', () => {
    expect(kinds(['The coach made comments such as "we were robbed" after the match.'])).toEqual([['we were robbed', 'partial']]);
  });

  it('keeps a quote after a work noun, a comma and `including` speech: it may quote the work\'s own words', () => {
    expect(kinds(['Critics attacked the bill, including "a duty to report all visitors" in clause four.'])).toEqual([
      ['a duty to report all visitors', 'partial'],
    ]);
  });

  it('keeps a long example after `headlines such as` to the reporter\'s default kind', () => {
    const long = 'this is a quoted passage far too long to be a headline of any paper we know of';
    expect(kinds([`It ran headlines such as "${long}" every day.`])).toEqual([[long, 'partial']]);
  });

  it('property: a quote of one to twelve words right after `headlines such as` is not-speech, whatever its words and case', () => {
    const word = fc.constantFrom('we', 'Harbour', 'lost', 'THE', 'rain', 'Night', 'again', 'and', 'said', 'Mayor');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        expect(kinds([`It printed headlines such as "${words.join(' ')}" for weeks.`])).toEqual([[words.join(' '), 'not-speech']]);
      }),
    );
  });
});
