import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { isSubtitledTitle } from '../../../src/extract/quotes/kind-titles.ts';
import { tokenize } from '../../../src/extract/quotes/tokenize.ts';
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

describe('quote kinds: titles with a subtitle', () => {
  it('calls a Title Case title and subtitle after `the` not-speech', () => {
    expect(kinds(['The port authority published the "Coastal Outlook: Northern Ports – May 2031" on Tuesday.'])).toEqual([
      ['Coastal Outlook: Northern Ports – May 2031', 'not-speech'],
    ]);
  });

  it('calls a Title Case title and subtitle before a work noun not-speech', () => {
    expect(kinds(['Her "Tide Tables: A Life at Sea" memoir sold well.'])).toEqual([['Tide Tables: A Life at Sea', 'not-speech']]);
  });

  it('calls a Title Case title and subtitle after `of` not-speech: the shape alone names a work', () => {
    expect(kinds(['Fans of "Harbour Years: The Lost Summer" queued all night.'])).toEqual([['Harbour Years: The Lost Summer', 'not-speech']]);
  });

  it('keeps a Title Case quote with a colon speech when a reporting verb follows it', () => {
    expect(kinds(['"Storm Warning: Stay Indoors Tonight," the sheriff said.'])).toEqual([['Storm Warning: Stay Indoors Tonight,', 'direct']]);
  });

  it('keeps a sentence-case quote with a colon speech: not every word is capitalized', () => {
    expect(kinds(['They handed out the "Port plan: we build more quays" leaflet.'])).toEqual([['Port plan: we build more quays', 'partial']]);
  });

  it('keeps a Title Case quote with a colon in the headline speech', () => {
    expect(kinds([], 'Minister backs the "Coast First: No More Delays" plan')).toEqual([['Coast First: No More Delays', 'partial']]);
  });

  it('property: a subtitled title needs exactly one colon and no lower-case word outside the small title words', () => {
    const capital = fc.constantFrom('Harbour', 'Outlook', 'North', 'Sea', '2031', 'Years');
    const lower = fc.constantFrom('harbour', 'outlook', 'rises', 'we');
    const subtitled = (text: string): boolean => {
      const tokens = tokenize(text);
      return isSubtitledTitle(text, tokens, tokens.filter((token) => token.isWord));
    };
    fc.assert(
      fc.property(fc.array(capital, { minLength: 1, maxLength: 5 }), fc.array(capital, { minLength: 2, maxLength: 5 }), lower, fc.nat(), (head, tail, word, at) => {
        const title = `${head.join(' ')}: ${tail.join(' ')}`;
        const spoilt: string[] = [...tail];
        spoilt.splice(1 + (at % tail.length), 0, word);
        expect(subtitled(`${head.join(' ')}: ${spoilt.join(' ')}`)).toBe(false);
        expect(subtitled(`${head.join(' ')} ${tail.join(' ')}`)).toBe(false);
        expect(subtitled(`${title}: ${tail.join(' ')}`)).toBe(false);
        if (/^\p{Lu}/u.test(head[0]!) && /^\p{Lu}/u.test(tail[0]!)) expect(subtitled(title)).toBe(head.length + tail.length <= 16);
      }),
    );
  });
});

describe('quote kinds: a quoted name that is the subject of a verb after it', () => {
  it('calls a Title Case name after `said` and before `warns` not-speech: the film warns, no one says it', () => {
    expect(kinds(['Marta Oyelaran said "Lowland" warns viewers about the floods.'])).toEqual([['Lowland', 'not-speech']]);
  });

  it('calls a Title Case name after a work noun and before `urges` not-speech', () => {
    expect(kinds(['Her short film "Lowland" urges farmers to plant reeds.'])).toEqual([['Lowland', 'not-speech']]);
  });

  it('keeps a word that opens its sentence before the verb speech', () => {
    expect(kinds(['"Enough" warns Marta Oyelaran.'])).toEqual([['Enough', 'direct']]);
  });

  it('keeps a word after an adverbial phrase and before `shouted` speech: the verb reports it', () => {
    expect(kinds(['At dawn "Stop" shouted the guard.'])).not.toContainEqual(['Stop', 'not-speech']);
  });
});

describe('quote kinds: a term in marks inside someone\'s quote', () => {
  it('calls one lower-case word after `as a` inside a quote not-speech, and keeps the outer quote direct', () => {
    expect(kinds(['"He saw himself as a \'pioneer,\'" the judge wrote.'])).toEqual([
      ["He saw himself as a 'pioneer,'", 'direct'],
      ['pioneer,', 'not-speech'],
    ]);
  });

  it('calls two lower-case words after `the` inside a quote not-speech', () => {
    expect(kinds(['"We are living through the \'long thaw\' now," the farmer said.'])).toEqual([
      ["We are living through the 'long thaw' now,", 'direct'],
      ['long thaw', 'not-speech'],
    ]);
  });

  it('keeps a word after `called us a` inside a quote partial: it quotes what others said', () => {
    expect(kinds(['"They called us a \'disgrace\' on the radio," the coach said.'])).toContainEqual(['disgrace', 'partial']);
  });

  it('keeps a word after `branded the whole team a` inside a quote partial', () => {
    expect(kinds(['"The papers branded the whole team a \'joke\' that week," she said.'])).toContainEqual(['joke', 'partial']);
  });

  it('keeps three lower-case words after an article inside a quote partial', () => {
    expect(kinds(['"It was a \'once in a lifetime\' storm," he said.'])).toContainEqual(['once in a lifetime', 'partial']);
  });

  it('keeps a word after `condemned … as a` inside a quote partial: condemning labels too', () => {
    expect(kinds(['"The minister condemned the inquiry as a \'charade\' all week," she said.'])).toContainEqual(['charade', 'partial']);
  });

  it('keeps a word after `a` partial when the quote around it never closes in the paragraph', () => {
    expect(kinds(['"He saw himself as a \'pioneer\' and told the court so.'])).toContainEqual(['pioneer', 'partial']);
  });

  it('keeps the same word after `a` outside any quote to the top-level rules (partial here)', () => {
    expect(kinds(['The mayor described him as a "pioneer" on Friday.'])).toEqual([['pioneer', 'partial']]);
  });
});
