/**
 * A word that builds a title before a name: a title or rank (`President`,
 * `Det`), a modifier of one (`Deputy`, `Former`) or a nationality (`Russian`).
 * One predicate for the readers of titles (`titleEnd`, the affiliated-title
 * split, the courtesy title inside a run) and for the context evidence that
 * must not take a title for a name.
 */
import { countryOfDemonym } from '../gazetteer/index.ts';
import { TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles.ts';
import type { Token } from './tokenize.ts';

export function isTitlePart(token: Token): boolean {
  return TITLE_WORDS.has(token.key) || TITLE_MODIFIERS.has(token.key) || countryOfDemonym(token.text) !== undefined;
}
