/**
 * A family name that is also a modal (`May`) is the subject of the verb
 * after it, not an auxiliary to skip on the way to the subject.
 */
import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Theresa May', kind: 'person', aliases: ['Mrs May', 'May'] },
  { name: 'Tom Berg', kind: 'person', aliases: ['Berg'] },
];

describe('a family name that is also a modal', () => {
  it('is the subject of `"…," Mrs May said`', () => {
    expect(publishedSpeakers(LIST, ['"This is the right deal," Mrs May said.'])).toEqual([['This is the right deal,', 'Theresa May']]);
  });

  it('is the subject of `"…," May told MPs`', () => {
    expect(publishedSpeakers(LIST, ['Tom Berg listened.', '"This is the right deal," May told MPs.'])).toEqual([['This is the right deal,', 'Theresa May']]);
  });
});
