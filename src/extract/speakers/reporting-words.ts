/**
 * Where a block's narration writes a reporting word (`said`, `tells`,
 * `according`): what the speaker candidates read to tell `X said` from a
 * name that merely stands near a quote.
 */
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import type { Span } from './block-spans.ts';

/** Every reporting form: all plain ASCII words, so a scan of ASCII letter runs finds them. */
const REPORTING_FORMS: ReadonlySet<string> = new Set([...REPORTING_VERB_BY_FORM.keys(), 'according']);

/**
 * A word's length with its first and last letter lowercased, as one number:
 * most words of a paragraph are ruled out by it without being sliced and
 * lowercased.
 */
function shapeOf(text: string, start: number, end: number): number {
  return (end - start) * 65536 + (text.charCodeAt(start) | 32) * 256 + (text.charCodeAt(end - 1) | 32);
}

const FORM_SHAPES: ReadonlySet<number> = new Set([...REPORTING_FORMS].map((form) => shapeOf(form, 0, form.length)));

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const WORD_INNER = /[\p{L}\p{N}'’-]/u;

/** Not part of a longer word: `said` in `said,` but not in `unsaid` or `said-so`. */
function isWholeWord(text: string, start: number, end: number): boolean {
  return !WORD_INNER.test(text[start - 1] ?? ' ') && !WORD_INNER.test(text[end] ?? ' ');
}

/**
 * The reporting words of a text, in text order, case-insensitive. Runs of
 * ASCII letters are looked up in a set (far cheaper than one regular
 * expression of 300 alternatives or a Unicode word list), found by character
 * code: a match object per word cost more than the lookups.
 */
export function reportingWordSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start < text.length) {
    if (!isAsciiLetter(text.charCodeAt(start))) {
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end += 1;
    if (FORM_SHAPES.has(shapeOf(text, start, end)) && REPORTING_FORMS.has(text.slice(start, end).toLowerCase()) && isWholeWord(text, start, end)) {
      spans.push({ start, end });
    }
    start = end;
  }
  return spans;
}
