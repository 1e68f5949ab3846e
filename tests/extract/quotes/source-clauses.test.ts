/**
 * A clause that gives the source of a sentence's words, `As X reports,` or
 * `in X's words,`, makes a fragment quoted later in that sentence X's, as
 * `According to X,` does.
 */
import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Susan Page', kind: 'person', aliases: ['Page'] },
  { name: 'Tom Forbes', kind: 'person', aliases: ['Forbes'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(LIST, paragraphs);

describe('a clause giving the source of the sentence', () => {
  it('gives the fragment to the subject of `As X reports,`', () => {
    expect(speakers(['As Susan Page reports, the election revealed a nation divided "along lines of party and ideology."'])).toEqual([
      ['along lines of party and ideology.', 'Susan Page'],
    ]);
  });

  it('gives the fragment to the subject of `As X noted last week,`, a few words after the verb', () => {
    expect(speakers(['As Page noted last week, the vote was "a wake-up call."'])).toEqual([['a wake-up call.', 'Susan Page']]);
  });

  it('gives the fragment to the owner of `in X’s words,`, with the apostrophe of a name in -s', () => {
    expect(speakers(['The summit met in Lisbon because, in Forbes’ words, "it is the most open city."'])).toEqual([['it is the most open city.', 'Tom Forbes']]);
  });

  it('gives nothing for `As X arrived,`: no verb of speech', () => {
    expect(speakers(['As Susan Page arrived, the vote was "a wake-up call."'])).toEqual([['a wake-up call.', null]]);
  });

  it('gives a quote to the subject of `As X, with an appositive, put it,`', () => {
    expect(speakers(['As Susan Page, professor of law at Yale, put it, "A compromise today may be far better."'])).toEqual([
      ['A compromise today may be far better.', 'Susan Page'],
    ]);
  });

  it('gives a quote to the subject of `As X, author of "a title," put it,`: the appositive ends inside the title\'s marks', () => {
    expect(speakers(['As Susan Page, author of "The Unwritten Rules," put it, "A compromise today may be far better."'])).toEqual([
      ['The Unwritten Rules,', null],
      ['A compromise today may be far better.', 'Susan Page'],
    ]);
  });

  it('gives a fragment to the agent of `as described by X` after it', () => {
    expect(speakers(['The handling was "extremely careless," as described by Tom Forbes.'])).toEqual([['extremely careless,', 'Tom Forbes']]);
  });
});

