import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const PEOPLE: FakeEntity[] = [
  { name: 'Ann Wells', kind: 'person', aliases: ['Wells'] },
  { name: 'Tom Reed', kind: 'person', aliases: ['Reed'] },
  { name: 'Sam Cole', kind: 'person', aliases: ['Cole'] },
  { name: 'Harbour Board', kind: 'organization' },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(PEOPLE, paragraphs);

describe('an appositive after the name whose closing comma is left out', () => {
  it('gives the quote to the name before it: `"…," Tom Reed, chief economist of the harbour board told reporters.`', () => {
    expect(speakers(['"Rates will hold," Tom Reed, chief economist of the harbour board told reporters.'])).toEqual([['Rates will hold,', 'Tom Reed']]);
  });

  it('gives the quote to the name before it when the appositive opens with the body, then the role: `Tom Reed, Harbour Board chairman said`', () => {
    expect(speakers(['"Rates will hold," Tom Reed, Harbour Board chairman and chief executive said.'])).toEqual([['Rates will hold,', 'Tom Reed']]);
  });

  it('gives the quote to the name before it when the body is no name found: `Tom Reed, OFHEO director said`', () => {
    expect(speakers(['"Rates will hold," Tom Reed, OFHEO director said.'])).toEqual([['Rates will hold,', 'Tom Reed']]);
  });

  it('makes no subject of a name whose capitalized words are followed by no role: `Tom Reed, Kestrel Valley farmers said`', () => {
    expect(speakers(['"Rates will hold," Tom Reed, Kestrel Valley farmers said.'])).toEqual([['Rates will hold,', null]]);
  });

  it('gives the quote after a colon to the name opening the sentence: `Tom Reed, Harbour Board health spokesman said: "…"`', () => {
    expect(speakers(['The board met on Monday.', 'Tom Reed, Harbour Board health spokesman said: "Rates will hold."'])).toEqual([['Rates will hold.', 'Tom Reed']]);
  });

  it('gives no quote after a colon to a name whose appositive opens with no role: `Tom Reed, back from the harbour said: "…"`', () => {
    expect(speakers(['"We will see," said Sam Cole.', 'Tom Reed, back from a long week at the harbour said: "Rates will hold."']).pop()).toEqual(['Rates will hold.', null]);
  });

  it('does not carry the speaker of the paragraph before past that cue', () => {
    expect(
      speakers(['"There is no need for action," Ann Wells said.', '"We want the company to sell," Tom Reed, comptroller of the city told a news conference.']),
    ).toEqual([
      ['There is no need for action,', 'Ann Wells'],
      ['We want the company to sell,', 'Tom Reed'],
    ]);
  });

  it('takes no subject after a word quoted in the reporter\'s clause: `had "attacked" Wells, and said he …`', () => {
    expect(speakers(['His aide denied that Tom Reed had ever "attacked" Ann Wells, and said he admired her.'])).toEqual([['attacked', null]]);
  });

  it('takes no subject across a sentence end: `"…," Tom Reed, the economist. Others said …`', () => {
    expect(speakers(['"Rates will hold," Tom Reed, the economist. Others said the same.'])).toEqual([['Rates will hold,', null]]);
  });

  it('makes the name before it the subject a later pronoun refers to: `"…," Sam Cole, analyst with X said. "…," he said.`', () => {
    expect(speakers(['"Rates will hold," said Tom Reed.', '"They will fall," Sam Cole, analyst with the harbour board said. "The logic is clear," he said.'])).toEqual([
      ['Rates will hold,', 'Tom Reed'],
      ['They will fall,', 'Sam Cole'],
      ['The logic is clear,', 'Sam Cole'],
    ]);
  });

  it('makes no subject of a name whose appositive opens with no role, holds a relative clause, or runs to an -ing form', () => {
    const last = (sentence: string) => speakers(['"Rates will hold," said Tom Reed.', `In March, ${sentence} "The logic is clear," he said.`]).pop();
    expect(last('Sam Cole, back from a long week at the harbour said rates would fall.')).toEqual(['The logic is clear,', null]);
    expect(last('Sam Cole, an analyst whose firm said rates would fall.')).toEqual(['The logic is clear,', null]);
    expect(last('Sam Cole, an analyst saying rates would fall.')).toEqual(['The logic is clear,', null]);
  });

  it('makes no subject of such a name after a preposition: `the visit by Sam Cole, a harbour spokesman said.`', () => {
    expect(speakers(['"Rates will hold," said Tom Reed.', 'The talks were put off by Sam Cole, a harbour spokesman said. "The logic is clear," he said.']).pop()).toEqual([
      'The logic is clear,',
      null,
    ]);
  });
});
