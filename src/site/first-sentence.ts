import { splitSentences } from '../graph/sentences.ts';

/**
 * The first sentence of a paragraph, as written, for the front-page standfirst.
 * Uses the same splitter as the quote contexts so that a teaser never cuts at
 * a break (`Mr.`, `U.S.`) the entity pages would not.
 */
export function firstSentence(paragraph: string): string {
  const [first] = splitSentences(paragraph);
  return first === undefined ? '' : paragraph.slice(first.start, first.end).trim();
}
