import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const PEOPLE: FakeEntity[] = [
  { name: 'Tom Reed', kind: 'person', aliases: ['Reed'] },
  { name: 'Harbour Town', kind: 'organization' },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(PEOPLE, paragraphs);

describe('a line that is a name with its title, then a colon and a quote', () => {
  it('gives the quote to the name after a body and a role noun: `Harbour Town boss Tom Reed: "…"`', () => {
    expect(speakers(['The match was played on Saturday.', 'Harbour Town boss Tom Reed: "We had a great chance."'])).toEqual([
      ['We had a great chance.', 'Tom Reed'],
    ]);
  });

  it('reads past the mark of a list item: `- Harbour Town boss Tom Reed: "…"`', () => {
    expect(speakers(['The match was played on Saturday.', '- Harbour Town boss Tom Reed: "We had a great chance."'])).toEqual([
      ['We had a great chance.', 'Tom Reed'],
    ]);
  });

  it('reads a name set off by a dash after a sentence of the reporter\'s: `TURNOUT WAS HIGH IN THE NORTH - Tom Reed: "…"`', () => {
    expect(speakers(['TURNOUT WAS HIGH IN THE NORTH OF THE HARBOUR - Tom Reed: "We had a great chance."'])).toEqual([['We had a great chance.', 'Tom Reed']]);
  });

  it('reads no long Title Case sentence as a name line: `Harbour Town Thanks Its Loyal Captain Tom Reed: "…"`', () => {
    expect(speakers(['The match was played on Saturday.', 'Harbour Town Thanks Its Loyal Captain Tom Reed: "We had a great chance."'])).toEqual([
      ['We had a great chance.', null],
    ]);
  });

  it('gives nothing when the name ends a clause with lower-case words that are no role: `good for Tom Reed: "…"`', () => {
    expect(speakers(['The match was played on Saturday.', 'The day was good for Tom Reed: "We had a great chance."'])).toEqual([
      ['We had a great chance.', null],
    ]);
  });
});
