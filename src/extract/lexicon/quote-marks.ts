/**
 * Quote marks as data. Each row says which family a mark belongs to (marks of
 * one family may pair with each other, so a quote may open with `"` and close
 * with `”`) and which role the typography intends. The pairing code decides
 * the actual role from the characters around each mark; `role` only settles
 * the cases the context leaves open.
 */
export type QuoteMarkFamily = 'double' | 'single' | 'guillemet';

/** What the typography intends: `either` for the straight marks. */
export type QuoteMarkRole = 'open' | 'close' | 'either';

export interface QuoteMark {
  mark: string;
  family: QuoteMarkFamily;
  role: QuoteMarkRole;
  /** The same character also writes an apostrophe (don't, Reuters', '90s). */
  apostrophe: boolean;
}

function mark(text: string, family: QuoteMarkFamily, role: QuoteMarkRole, apostrophe = false): QuoteMark {
  return { mark: text, family, role, apostrophe };
}

/** Longer marks first, so that `''` is read as one closing mark, not two apostrophes. */
export const QUOTE_MARKS: readonly QuoteMark[] = [
  mark('``', 'double', 'open'),
  mark("''", 'double', 'close'),
  mark('"', 'double', 'either'),
  mark('“', 'double', 'open'),
  mark('”', 'double', 'close'),
  mark('„', 'double', 'open'),
  mark('‟', 'double', 'open'),
  mark('«', 'guillemet', 'open'),
  mark('»', 'guillemet', 'close'),
  mark('‘', 'single', 'open', true),
  mark('’', 'single', 'close', true),
  mark("'", 'single', 'either', true),
  mark('‚', 'single', 'open'),
];

/** One regular expression that finds every mark in the table, longest first. */
export const QUOTE_MARK_PATTERN: RegExp = new RegExp(
  QUOTE_MARKS.map((entry) => entry.mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

export const QUOTE_MARK_BY_TEXT: ReadonlyMap<string, QuoteMark> = new Map(QUOTE_MARKS.map((entry) => [entry.mark, entry]));

/** Characters after which a mark still reads as opening: `("`, `—“`. */
export const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', ...QUOTE_MARKS.map((entry) => entry.mark)]);

/** Characters before which a mark still reads as closing: `",`, `”)`. */
export const CLOSING_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…', ...QUOTE_MARKS.map((entry) => entry.mark)]);
