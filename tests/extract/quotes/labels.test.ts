import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Ann Lee', kind: 'person', aliases: ['Mayor Ann Lee'] },
  { name: 'Mark Dunn', kind: 'person' },
  { name: 'Acme Motors', kind: 'organization' },
];

function kinds(paragraphs: string[]): [string, string, string | null][] {
  const input = article(paragraphs);
  return findQuotes(input, fakeEntities(input, LIST)).map((quote) => [quote.text, quote.kind, quote.confidence >= 0.5 ? quote.speaker : null]);
}

describe('labels and names are not speech', () => {
  it('takes a product an organization names with `which it calls` as not-speech', () => {
    expect(kinds(['Acme Motors unveiled a van which it calls "the Heron," on Monday.'])).toEqual([['the Heron,', 'not-speech', null]]);
  });

  it('takes analysts’ stock ratings as not-speech', () => {
    expect(kinds(['Two banks rate the stock a "buy", while a third rates it a "hold."'])).toEqual([
      ['buy', 'not-speech', null],
      ['hold.', 'not-speech', null],
    ]);
  });

  it('takes a rating label right before the noun rating as not-speech', () => {
    expect(kinds(['Mark Dunn of a small bank kept his "sell" rating on Acme Motors.'])).toEqual([['sell', 'not-speech', null]]);
  });

  it('takes a rating label a few words after rates as not-speech', () => {
    expect(kinds(['"Margins will shrink," said Mark Dunn, who rates the shares "underweight."'])).toEqual([
      ['Margins will shrink,', 'direct', 'Mark Dunn'],
      ['underweight.', 'not-speech', null],
    ]);
  });

  it('takes a few lower-case quoted words between a determiner and a noun, where no one speaks, as not-speech', () => {
    expect(kinds(['The old tram felt like a "best of" museum piece on wheels.'])).toEqual([['best of', 'not-speech', null]]);
  });

  it('keeps quoted words between a determiner and a noun as speech when a reporting verb is in the sentence', () => {
    expect(kinds(['Ann Lee said it was a "once in a lifetime" chance for the town.'])).toEqual([['once in a lifetime', 'partial', 'Ann Lee']]);
  });

  it('takes a Title Case title with commas after a work noun and a comma as not-speech', () => {
    expect(kinds(['Her cookbook, "Bread, Salt, Smoke", comes out in May.'])).toEqual([['Bread, Salt, Smoke', 'not-speech', null]]);
  });

  it('keeps an evaluation after `called the plan` as partial speech', () => {
    expect(kinds(['Mayor Ann Lee called the plan "reckless".'])).toEqual([['reckless', 'partial', 'Ann Lee']]);
  });
});

describe('nested quotes after an inner cue', () => {
  it('takes an inner quote after `said to me,` as direct speech of the named inner speaker', () => {
    expect(kinds(['"Then Ann Lee said to me, \'Run,\' and we ran," Mark Dunn said.'])).toEqual([
      ['Then Ann Lee said to me, \'Run,\' and we ran,', 'direct', 'Mark Dunn'],
      ['Run,', 'direct', 'Ann Lee'],
    ]);
  });
});
