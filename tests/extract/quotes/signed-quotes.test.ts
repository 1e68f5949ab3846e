import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

function speakers(list: FakeEntity[], title: string, paragraphs: string[]): [string, string | null, string | null][] {
  const input = article(paragraphs, title);
  return findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null, quote.rule]);
}

const VARGA: FakeEntity[] = [{ name: 'Ellen Varga', kind: 'person', aliases: ['Varga'] }];

describe('quotes signed by a name after a dash', () => {
  it('gives a headline quote to the name after the dash that ends the headline', () => {
    expect(speakers(VARGA, "'We should have won' — Varga", ['Coach Ellen Varga spoke after the 1-0 loss.'])).toEqual([
      ['We should have won', 'Ellen Varga', 'quote-dash-X'],
    ]);
  });

  it('reads an en dash or a spaced hyphen as the same signature, with words of the headline before the quote', () => {
    expect(speakers(VARGA, "Cuts 'a false economy' - Varga", ['Ellen Varga leads the union.'])).toEqual([['a false economy', 'Ellen Varga', 'quote-dash-X']]);
    expect(speakers(VARGA, '"We go again" – Varga', ['Ellen Varga leads the club.'])).toEqual([['We go again', 'Ellen Varga', 'quote-dash-X']]);
  });

  it('gives a paragraph that is only a quote and its signature to the name that signs it', () => {
    const list: FakeEntity[] = [{ name: 'Tom Hale', kind: 'person' }];
    expect(speakers(list, 'Leadership lessons', ['"Leaders are made, not born." – Tom Hale'])).toEqual([['Leaders are made, not born.', 'Tom Hale', 'quote-dash-X']]);
  });

  it('does not give a quote inside the reporter’s sentence to the writer who signs the paragraph', () => {
    const list: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person' }];
    expect(speakers(list, 'Farm sensors', ['The device "could change farming in dry places." — Ana Ruiz'])).toEqual([['could change farming in dry places.', null, null]]);
  });

  it('does not sign a quote with a name that the reporter’s sentence goes on from', () => {
    expect(speakers(VARGA, 'Derby day', ['"We lost" — Varga and her staff left early.'])).toEqual([['We lost', null, null]]);
  });

  it('takes no organization for a signature: a page title ending in the site’s name names no speaker', () => {
    const list: FakeEntity[] = [{ name: 'Northwind Herald', kind: 'organization' }];
    expect(speakers(list, "Minister calls plan 'a reckless gamble' - Northwind Herald", ['The Northwind Herald asked readers for views.'])).toEqual([
      ['a reckless gamble', null, null],
    ]);
  });

  it('lets a signed headline take the speaker of the body quote that repeats its words', () => {
    const list: FakeEntity[] = [
      { name: 'Tom Hale', kind: 'person' },
      { name: 'Ada Bell', kind: 'person' },
    ];
    const body = ['Tom Hale leads the union.', 'The cuts are "a false economy," Tom Hale said.'];
    expect(speakers(list, "Cuts 'a false economy' - Ada Bell", body)).toEqual([
      ['a false economy', 'Tom Hale', 'headline'],
      ['a false economy,', 'Tom Hale', 'quote-X-said'],
    ]);
  });
});

describe('quotes signed after a dash, against the other rules', () => {
  const PEOPLE: FakeEntity[] = [
    { name: 'Tom Hale', kind: 'person', aliases: ['Hale'] },
    { name: 'Ada Bell', kind: 'person' },
  ];

  it('takes the signature over a continuation of the paragraph before', () => {
    expect(speakers(PEOPLE, 'Quotes of the week', ['"We go again," Tom Hale said.', '"Leaders are made, not born." — Ada Bell'])).toEqual([
      ['We go again,', 'Tom Hale', 'quote-X-said'],
      ['Leaders are made, not born.', 'Ada Bell', 'quote-dash-X'],
    ]);
  });

  it('takes the signature over the person of the sentence before', () => {
    expect(speakers(PEOPLE, 'Quotes of the week', ['Tom Hale shook his head.', '"Leaders are made, not born." — Ada Bell'])).toEqual([
      ['Leaders are made, not born.', 'Ada Bell', 'quote-dash-X'],
    ]);
  });

  it('lets the name before a headline colon speak before a signature', () => {
    expect(speakers(PEOPLE, 'Hale: "We go again" — Ada Bell', ['Tom Hale leads the club.'])[0]).toEqual(['We go again', 'Tom Hale', 'headline']);
  });

  it('signs no quote left open: the dash is inside its words', () => {
    expect(speakers(PEOPLE, 'Quotes of the week', ['"We go again — Ada Bell'])).toEqual([['We go again — Ada Bell', null, null]]);
  });
});

describe('quotes signed after a dash, for any words and any signature', () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/);
  const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(' ')}.`);
  const surname = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
  const dash = fc.constantFrom('—', '–', '-', '―');

  it('gives a paragraph that is only a quote and its dash signature to the signing name', () => {
    fc.assert(
      fc.property(sentence, surname, dash, (words, family, mark) => {
        const name = `Ada ${family}`;
        const input = article([`"${words}" ${mark} ${name}`], 'Quotes of the week');
        const quotes = findQuotes(input, fakeEntities(input, [{ name, kind: 'person' }]));
        expect(quotes.map((quote) => [quote.speaker, quote.rule])).toEqual([[name, 'quote-dash-X']]);
      }),
      { numRuns: 200 },
    );
  });

  it('never signs a quote that the reporter’s words come before in a body paragraph', () => {
    fc.assert(
      fc.property(sentence, sentence, surname, dash, (lead, words, family, mark) => {
        const name = `Ada ${family}`;
        const input = article([`${lead.slice(0, -1)} "${words}" ${mark} ${name}`], 'Quotes of the week');
        const quotes = findQuotes(input, fakeEntities(input, [{ name, kind: 'person' }]));
        expect(quotes.every((quote) => quote.rule !== 'quote-dash-X')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
