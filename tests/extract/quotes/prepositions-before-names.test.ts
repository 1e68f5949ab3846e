/**
 * A name right after a preposition is its object, whatever verb follows: it
 * is no subject for a later `he said` to point back to. The table of
 * prepositions holds the less common ones too (`alongside`, `unlike`).
 */
import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Eric Lund', kind: 'person', aliases: ['Lund'] },
  { name: 'Tom Ward', kind: 'person', aliases: ['Ward'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(LIST, paragraphs);

describe('a name after a preposition', () => {
  it('is no subject after `alongside`: `Lund, alongside Tom Ward, also introduced … "…," he said`', () => {
    expect(speakers(['Lund, alongside Tom Ward, also introduced the band. "He was my pilot," he said.'])).toEqual([['He was my pilot,', 'Eric Lund']]);
  });
});
