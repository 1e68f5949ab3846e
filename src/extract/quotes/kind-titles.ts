/**
 * A title shape the kind classifier reads beyond the short Title Case name:
 * a title with a subtitle after a colon (`"Harbour Years: A Memoir"`).
 */
import { TITLE_SMALL_WORDS } from '../lexicon/quote-kind-cues.ts';
import { isCapitalized, type Token } from './tokenize.ts';

/** A title with a subtitle is this many words at most: `Coastal Outlook: The North Sea – Spring 2031` has 8. */
export const MAX_SUBTITLED_TITLE_WORDS = 16;

/** Punctuation a sentence of speech has and a subtitled title does not (the one colon aside). */
const CLAUSE_PUNCTUATION = /[.,!?;]/u;

/**
 * `"Coastal Outlook: The North Sea – Spring 2031"`: Title Case words (small
 * title words and numbers allowed) in two parts joined by one colon, each
 * part opening with a capital. Speech in sentence case does not capitalize
 * every word across a colon; the name of a report, a book or a show does.
 */
export function isSubtitledTitle(inner: string, innerTokens: readonly Token[], words: readonly Token[]): boolean {
  if (words.length < 3 || words.length > MAX_SUBTITLED_TITLE_WORDS || CLAUSE_PUNCTUATION.test(inner)) return false;
  const colon = innerTokens.findIndex((token) => token.text === ':');
  if (colon < 0 || innerTokens.findIndex((token, k) => k > colon && token.text === ':') >= 0) return false;
  const head = innerTokens.slice(0, colon).find((token) => token.isWord);
  const tail = innerTokens.slice(colon + 1).find((token) => token.isWord);
  if (head === undefined || tail === undefined || !isCapitalized(head) || !isCapitalized(tail)) return false;
  return words.every((word) => isCapitalized(word) || TITLE_SMALL_WORDS.has(word.lower) || /^\d/u.test(word.text));
}
