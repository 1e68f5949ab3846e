import { describe, expect, it } from 'vitest';
import { namedSpeakers, type FakeEntity } from './fake-entities.ts';

const PEOPLE: FakeEntity[] = [
  { name: 'Tom Reed', kind: 'person', aliases: ['Reed'] },
  { name: 'Peter Grant', kind: 'person', aliases: ['Grant'] },
];

const speakers = (paragraphs: string[]) => namedSpeakers(PEOPLE, paragraphs);

describe('the one told is no subject for a later pronoun', () => {
  it('reads `he` after `Reed told Grant …` as Reed', () => {
    expect(speakers(['Tom Reed told Peter Grant the plan was sound. "We will win," he said.'])).toEqual([['We will win,', 'Tom Reed']]);
  });

  it('reads `he` after `Reed assured Grant …` as Reed', () => {
    expect(speakers(['Tom Reed assured Peter Grant the plan was sound. "We will win," he said.'])).toEqual([['We will win,', 'Tom Reed']]);
  });

  it('still reads a name after a verb of telling that follows its quote as the speaker: `"…," assured Grant. "…," he said`', () => {
    expect(speakers(['Tom Reed spoke first.', '"We will win," assured Peter Grant. "Because we must," he said.'])).toEqual([
      ['We will win,', 'Peter Grant'],
      ['Because we must,', 'Peter Grant'],
    ]);
  });

  it('keeps the one asked in view for the answer: `Grant asked Reed whether … "…," he said`', () => {
    expect(speakers(['Peter Grant asked Tom Reed whether the plan was sound. "Sure it is," he said.'])).toEqual([['Sure it is,', 'Tom Reed']]);
  });
});
