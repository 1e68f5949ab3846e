/**
 * A mention's own honorific gives its gender, even when two people share the
 * entity's name: `Mrs. Clinton` is no antecedent of `he`, whatever gender
 * `Mr. Clinton` gave the name earlier.
 */
import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const speakers = publishedSpeakers;

const LIST: FakeEntity[] = [
  { name: 'Ruiz', kind: 'person', aliases: ['Mr. Ruiz', 'Mrs. Ruiz'] },
  { name: 'Tom Berg', kind: 'person', aliases: ['Mr. Berg'] },
];

describe('the gender of a mention’s own honorific', () => {
  it('keeps `he` off a woman’s mention of a name a man made male: `Mrs. Ruiz … "…," he said`', () => {
    expect(
      speakers(LIST, [
        'Mr. Ruiz opened the pier in 1990.',
        'Tom Berg met the couple on Monday. Mrs. Ruiz, who was busy, was not as friendly. "There was some iciness there," he said.',
      ]),
    ).toEqual([['There was some iciness there,', 'Tom Berg']]);
  });
});
