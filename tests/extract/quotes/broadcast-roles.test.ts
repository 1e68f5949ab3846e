import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const PEOPLE: FakeEntity[] = [
  { name: 'Tom Reed', kind: 'person', aliases: ['Reed'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(PEOPLE, paragraphs);

describe('those who put the questions in a broadcast are roles a quote’s own cue may name', () => {
  it('gives a quote whose own cue is `the host said` not to the guest whose reported speech comes before it', () => {
    expect(speakers(['"It was fun," Tom Reed said.', 'He has since said that he went because the food was good.', '"I said he was exactly right," the host said.'])).toEqual([
      ['It was fun,', 'Tom Reed'],
      ['I said he was exactly right,', null],
    ]);
  });
});
