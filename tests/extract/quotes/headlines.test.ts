import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

function speakers(list: FakeEntity[], title: string, paragraphs: string[]): [string, string | null][] {
  const input = article(paragraphs, title);
  return findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null]);
}

describe('headline quotes', () => {
  it('gives a headline quote the speaker of the body quote that repeats it', () => {
    const list: FakeEntity[] = [{ name: 'Ruth Okafor', kind: 'person' }];
    expect(speakers(list, 'Mill owner: "We will rebuild"', ['The mill burned in May.', '"We will rebuild," Ruth Okafor said.'])).toEqual([
      ['We will rebuild', 'Ruth Okafor'],
      ['We will rebuild,', 'Ruth Okafor'],
    ]);
  });

  it('gives `MD says "…"` to the one person the body learned as managing director, never to "MD"', () => {
    const list: FakeEntity[] = [
      { name: 'Sam Tiller', kind: 'person', learnedRoles: ['managing director'] },
      { name: 'Crale Holdings', kind: 'organization' },
    ];
    expect(speakers(list, 'MD says "worst is over" at Crale', ['Crale Holdings posted a loss.', 'Sam Tiller said the firm had turned a corner.'])).toEqual([
      ['worst is over', 'Sam Tiller'],
    ]);
  });

  it('leaves a headline role unresolved when two people hold it', () => {
    const list: FakeEntity[] = [
      { name: 'Sam Tiller', kind: 'person', learnedRoles: ['director'] },
      { name: 'Jo Marsh', kind: 'person', learnedRoles: ['director'] },
    ];
    expect(speakers(list, 'Director says "worst is over"', ['Sam Tiller and Jo Marsh met investors.'])).toEqual([['worst is over', null]]);
  });
});

describe('standfirst quotes', () => {
  it('gives a cue-less standfirst quote the speaker of the body quote that repeats its words', () => {
    const list: FakeEntity[] = [{ name: 'Ruth Okafor', kind: 'person' }];
    expect(speakers(list, 'Mill fire', ['Owner calls blaze "a disaster foretold"', 'Ruth Okafor called the fire "a disaster foretold" on Monday.'])).toEqual([
      ['a disaster foretold', 'Ruth Okafor'],
      ['a disaster foretold', 'Ruth Okafor'],
    ]);
  });

  it('finds the repeated words inside a longer body quote, even cut mid-word at either end, among quotes sharing words', () => {
    const list: FakeEntity[] = [
      { name: 'Ruth Okafor', kind: 'person' },
      { name: 'Jo Marsh', kind: 'person' },
    ];
    const body = [
      '"The mill will open again in spring," Jo Marsh said.',
      '"The mill will be rebuilt in stone this spring," Ruth Okafor said.',
      'A sign read "ill be rebuilt in st" by the gate.',
    ];
    expect(speakers(list, 'Mill fire', body)).toEqual([
      ['The mill will open again in spring,', 'Jo Marsh'],
      ['The mill will be rebuilt in stone this spring,', 'Ruth Okafor'],
      ['ill be rebuilt in st', 'Ruth Okafor'],
    ]);
  });

  it('never gives a two-word body quote the speaker of another quote with the same words', () => {
    const list: FakeEntity[] = [{ name: 'Ruth Okafor', kind: 'person' }];
    expect(speakers(list, 'Mill fire', ['Locals fear a "total loss".', 'Ruth Okafor called the fire a "total loss" on Monday.'])).toEqual([
      ['total loss', null],
      ['total loss', 'Ruth Okafor'],
    ]);
  });
});
