import { clipAtWord, SUMMARY_LIMIT } from '../graph/clip-at-word.ts';
import { splitSentences } from '../extract/analysis/sentences.ts';

/**
 * The first sentence of a paragraph, as written, for the front-page standfirst.
 * Uses the one splitter, whose spans the extraction keeps and the quote
 * contexts read, so that a teaser never cuts at a break (`Mr.`, `U.S.`) the
 * entity pages would not. A sentence longer than
 * `SUMMARY_LIMIT` (a run-on opening) is cut at a word boundary with `…`, so
 * the front page never carries a whole article.
 */
export function firstSentence(paragraph: string): string {
  const [first] = splitSentences(paragraph);
  return first === undefined ? '' : clipAtWord(paragraph.slice(first.start, first.end).trim(), SUMMARY_LIMIT);
}
