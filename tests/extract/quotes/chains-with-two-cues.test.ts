/**
 * A quote left open at the end of a paragraph runs on into the next one
 * that opens with a mark: one speaker for every paragraph. When the cue
 * closing the last paragraph names someone else than the cue opening the
 * first, the marks ran on by mistake: each end keeps its own cue.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { publishedSpeakers, article, fakeEntities, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz', 'Ms. Ruiz'] },
  { name: 'Tomas Berg', kind: 'person', aliases: ['Berg', 'Mr. Berg'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(LIST, paragraphs);

describe('a quote running on over paragraphs', () => {
  it('gives every paragraph the speaker of the cue that opens it', () => {
    expect(speakers(['Ruiz said: "The pier will hold.', '"It was built to last," she added.'])).toEqual([
      ['The pier will hold.', 'Ana Ruiz'],
      ['It was built to last,', 'Ana Ruiz'],
    ]);
  });

  it('keeps each end’s cue when the closing cue names someone else: `Ruiz says it tracks "500 fortunes. / "…," Mr. Berg said.`', () => {
    expect(speakers(['Ruiz says it tracks 500 "family fortunes.', '"The quality of these lists comes down to resources," Mr. Berg said.'])).toEqual([
      ['family fortunes.', 'Ana Ruiz'],
      ['The quality of these lists comes down to resources,', 'Tomas Berg'],
    ]);
  });

  it('leaves the paragraphs between the two cues to the opening speaker', () => {
    const input = article(['Ruiz says it tracks 500 "family fortunes.', '"There are more every year.', '"The quality of these lists comes down to resources," Mr. Berg said.']);
    expect(findQuotes(input, fakeEntities(input, LIST)).map((quote) => [quote.text, quote.speaker ?? quote.possibleSpeaker])).toEqual([
      ['family fortunes.', 'Ana Ruiz'],
      ['There are more every year.', 'Ana Ruiz'],
      ['The quality of these lists comes down to resources,', 'Tomas Berg'],
    ]);
  });

  it('keeps the opening speaker when the last paragraph ends its own sentence before the other name: `"…?" Tory MP Tomas Berg said that …`', () => {
    expect(speakers(['Ruiz said: "The pier will hold.', '"How is anyone supposed to know?" Tory MP Tomas Berg, another engineer, said that the plan was poor.'])).toEqual([
      ['The pier will hold.', 'Ana Ruiz'],
      ['How is anyone supposed to know?', 'Ana Ruiz'],
    ]);
  });
});
