/**
 * Character tests the scanners of the analysis share, by character code for
 * ASCII (most of any news text) and by the regular expression only above it.
 */

const SPACE = /\s/u;

/** Whether the UTF-16 unit at `at` is white space, exactly as `\s` of a regular expression reads it. */
export function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(at));
}

/**
 * `text.split(/\s+/)` in one pass by character code: the words between runs
 * of white space, with an empty first or last word where the text starts or
 * ends with white space. Every name candidate is split so.
 */
export function splitAtSpaces(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    if (!isSpaceAt(text, at)) {
      at += 1;
      continue;
    }
    words.push(text.slice(start, at));
    while (at < text.length && isSpaceAt(text, at)) at += 1;
    start = at;
  }
  words.push(text.slice(start));
  return words;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** `0-9`, `A-Z` or `a-z`: the letters and digits settled by character code, before any Unicode test. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Whether the UTF-16 unit at `at`, read alone, is a letter or digit as
 * `/[\p{L}\p{N}]/u` reads it (half of a surrogate pair is neither): by
 * character code for ASCII, by the expression only above it.
 */
export function isLetterOrDigitUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetterOrDigit(code);
  return LETTER_OR_DIGIT.test(text.charAt(at));
}

/**
 * `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` in one pass by
 * character code: the lowercased runs of letters and digits, one space
 * between them. Every quote's words are compared so, and the Unicode
 * expression read each character about three times slower.
 */
export function letterDigitWords(text: string): string {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let wordStart = 0;
  let at = 0;
  while (at < lower.length) {
    const code = lower.charCodeAt(at);
    // A letter outside the basic plane is a surrogate pair, tested whole like the expression's code points.
    const length = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(lower.charCodeAt(at + 1)) ? 2 : 1;
    const kept = code < 128 ? isAsciiLetterOrDigit(code) : LETTER_OR_DIGIT.test(lower.slice(at, at + length));
    if (!kept) {
      if (at > wordStart) words.push(lower.slice(wordStart, at));
      wordStart = at + length;
    }
    at += length;
  }
  if (lower.length > wordStart) words.push(lower.slice(wordStart));
  return words.join(' ');
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `.`, `!`, `?` or `…`: the one-character tokens that may end a sentence, told by code (every token is asked). */
export function isTerminal(text: string): boolean {
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}
