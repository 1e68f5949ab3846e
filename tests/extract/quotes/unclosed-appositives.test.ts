import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const PEOPLE: FakeEntity[] = [
  { name: 'Ann Wells', kind: 'person', aliases: ['Wells'] },
  { name: 'Tom Reed', kind: 'person', aliases: ['Reed'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(PEOPLE, paragraphs);

describe('an appositive after the name whose closing comma is left out', () => {
  it('gives the quote to the name before it: `"…," Tom Reed, chief economist of the harbour board told reporters.`', () => {
    expect(speakers(['"Rates will hold," Tom Reed, chief economist of the harbour board told reporters.'])).toEqual([['Rates will hold,', 'Tom Reed']]);
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
});
