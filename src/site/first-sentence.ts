import { clipAtWord, SUMMARY_LIMIT } from '../graph/clip-at-word.ts';
import { firstSentenceOf, type SentenceSpan } from '../extract/analysis/sentences.ts';

/**
 * The first sentence of a paragraph, as written, for the front-page
 * standfirst: by the paragraph's `spans` from the extraction when the caller
 * has them, else by the one splitter, whose spans the quote contexts read
 * too, so a teaser never cuts at a break (`Mr.`, `U.S.`) the entity pages
 * would not. A sentence longer than `SUMMARY_LIMIT` (a run-on opening) is
 * cut at a word boundary with `…`, so the front page never carries a whole
 * article.
 */
export function firstSentence(paragraph: string, spans?: readonly SentenceSpan[]): string {
  return clipAtWord(firstSentenceOf(paragraph, spans).trim(), SUMMARY_LIMIT);
}
