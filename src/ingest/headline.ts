import { findDateline } from './dateline.ts';

const HEADLINE_MAX = 200;
/** A headline may end in ? or ! or a quote mark, but a full stop ends a sentence of the story. */
const ENDS_WITH_FULL_STOP = /\.[”’"')\]]*$/u;

/**
 * Whether the first line of article text is a headline: short, more than one
 * word, not a finished sentence and not a paragraph that opens with a dateline.
 */
export function looksLikeHeadline(line: string): boolean {
  return (
    line.length <= HEADLINE_MAX &&
    line.trim().split(/\s+/u).length >= 2 &&
    !ENDS_WITH_FULL_STOP.test(line) &&
    findDateline(line) === null
  );
}
