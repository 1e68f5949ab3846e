import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const PEOPLE: FakeEntity[] = [
  { name: 'Ann Wells', kind: 'person', aliases: ['Wells'] },
  { name: 'Tom Reed', kind: 'person', aliases: ['Reed'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(PEOPLE, paragraphs);

describe('a verb of speech after `to` whose saying stays with the subject', () => {
  it('gives the quote to the subject of `went on to say:`', () => {
    expect(speakers(['Ann Wells went on to say: "The pier will reopen in May."'])).toEqual([['The pier will reopen in May.', 'Ann Wells']]);
  });

  it('gives the quote to the subject of `was prompted to say,`', () => {
    expect(speakers(['The meeting was so calm that Tom Reed was prompted to say, "I cannot believe how civil it has been."'])).toEqual([
      ['I cannot believe how civil it has been.', 'Tom Reed'],
    ]);
  });

  it('gives no quote to the subject of a verb whose object does the saying: `told reporters to say:`', () => {
    expect(speakers(['Tom Reed told the staff to say: "We are fine."'])).toEqual([['We are fine.', null]]);
  });

  it('gives the quote to the subject of the clause before when `went on to say` follows a coordinator: `…, but went on to say,`', () => {
    expect(speakers(['Tom Reed joked that Brooklyn was the answer, but went on to say, "There are places that are dangerous."'])).toEqual([
      ['There are places that are dangerous.', 'Tom Reed'],
    ]);
  });

  it('gives the quote to the nearest subject when `and went on to say` joins a clause of someone else', () => {
    expect(speakers(['Ann Wells spoke first, Tom Reed thanked the crowd and went on to say, "We won."'])).toEqual([['We won.', 'Tom Reed']]);
  });
});
