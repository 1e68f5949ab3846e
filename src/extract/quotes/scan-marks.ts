import {
  CLOSING_CONTEXT,
  OPENING_CONTEXT,
  QUOTE_MARK_BY_TEXT,
  QUOTE_MARK_PATTERN,
  type QuoteMark,
} from '../lexicon/quote-marks.ts';

/** A quote mark found in text, with what its surroundings allow it to do. */
export interface MarkToken {
  index: number;
  length: number;
  mark: QuoteMark;
  /** The characters around it read as an opening mark (`said "We`). */
  opensByContext: boolean;
  /** The characters around it read as a closing mark (`done," he`). */
  closesByContext: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
const DECADE = /^\d\ds\b|^\d\d\b/u;

function isSpace(char: string | undefined): boolean {
  return char === undefined || SPACE.test(char);
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char);
}

/**
 * Every quote-mark candidate in `text`, apostrophes left out: a mark between
 * two letters (`don't`) or before a decade (`'90s`) is never a quote mark.
 */
export function scanMarks(text: string): MarkToken[] {
  const found: MarkToken[] = [];
  for (const match of text.matchAll(QUOTE_MARK_PATTERN)) {
    const mark = QUOTE_MARK_BY_TEXT.get(match[0]);
    if (mark === undefined) continue;
    const index = match.index;
    const before = index > 0 ? text[index - 1] : undefined;
    const after = text[index + match[0].length];
    if (mark.apostrophe) {
      if (isLetterOrDigit(before) && isLetterOrDigit(after)) continue;
      if (!isLetterOrDigit(before) && DECADE.test(text.slice(index + 1, index + 4))) continue;
    }
    const opensByContext = !isSpace(after) && (isSpace(before) || OPENING_CONTEXT.has(before ?? ''));
    const closesByContext = !isSpace(before) && (isSpace(after) || CLOSING_CONTEXT.has(after ?? ''));
    found.push({ index, length: match[0].length, mark, opensByContext, closesByContext });
  }
  return found;
}
