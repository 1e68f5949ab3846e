/**
 * The subject of a clause someone reports (`Corbett said Barker was …`) is
 * what the clause is about, not who is speaking: a later `he said` points
 * past it to the one reporting, also when a pronoun and `and` join it.
 */
import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Ronnie Corbett', kind: 'person', aliases: ['Corbett'] },
  { name: 'Ronnie Barker', kind: 'person', aliases: ['Barker'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(LIST, paragraphs);

describe('the subject of a reported clause', () => {
  it('is no antecedent when the reported name follows a pronoun and `and`: `Corbett said he and Barker were …`', () => {
    expect(speakers(['Corbett said he and Barker were always mindful of their audience. "Our material was good-natured," he said.'])).toEqual([
      ['Our material was good-natured,', 'Ronnie Corbett'],
    ]);
  });
});
