/**
 * Where Unicode sentence boundaries (UAX #29, as `Intl.Segmenter` with
 * granularity 'sentence' finds them) fall in a text without line breaks, found
 * by one pass over the text instead of by the segmenter, which costs about ten
 * times as much and was the sentence splitter's whole cost.
 *
 * The pass knows the sentence-break class of the characters news text is
 * written in (Latin letters, digits, ASCII and typographic punctuation, spaces,
 * common symbols) and answers only for a text made of them; for any other
 * text it answers null and the caller asks the segmenter. Tests pin it to the
 * segmenter character by character and over generated text.
 */

/** Sentence_Break classes (UAX #29) the pass tells apart; 0 is a character it does not know. */
const UNKNOWN = 0;
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const OLETTER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;

/** Highest UTF-16 code unit the class table covers; every code unit above it is UNKNOWN. */
const TABLE_END = 0x2700;

const LOWERCASE = /^\p{Lowercase}$/u;
const UPPERCASE = /^[\p{Uppercase}\p{Lt}]$/u;
const ALPHABETIC = /^\p{Alphabetic}$/u;

/** The class of each character the pass answers for, by code unit. */
const CLASSES: Uint8Array = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(TABLE_END);
  const set = (cls: number, chars: string) => {
    for (const char of chars) table[char.charCodeAt(0)] = cls;
  };
  const range = (cls: number, from: number, to: number) => table.fill(cls, from, to + 1);
  // Latin letters, basic to extended-B: the letter properties decide, as they decide Sentence_Break.
  for (let code = 0x41; code < 0x250; code += 1) {
    const char = String.fromCharCode(code);
    if (LOWERCASE.test(char)) table[code] = LOWER;
    else if (UPPERCASE.test(char)) table[code] = UPPER;
    else if (ALPHABETIC.test(char)) table[code] = OLETTER;
  }
  range(NUMERIC, 0x30, 0x39);
  set(SP, ' \t\u00a0\u000b\u000c\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f');
  set(ATERM, '.\u2024');
  set(STERM, '!?\u203c\u203d\u2047\u2048\u2049');
  set(CLOSE, '"\'()[]{}\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u2045\u2046\u207d\u207e\u208d\u208e');
  set(SCONTINUE, ',-:;\u2013\u2014');
  set(OTHER, '#$%&*+/<=>@\\^_`|~');
  // Latin-1 symbols: currency, marks, fractions, superscripts, ¡ and ¿.
  set(OTHER, '\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00ac\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b6\u00b7\u00b8\u00b9\u00bc\u00bd\u00be\u00bf\u00d7\u00f7');
  // Dashes, bullets, daggers, the ellipsis character, per mille, primes, reference marks.
  set(OTHER, '\u2010\u2011\u2012\u2015\u2016\u2017\u2020\u2021\u2022\u2023\u2025\u2026\u2027\u2030\u2031\u2032\u2033\u2034\u2035\u2036\u2037\u2038\u203b\u203e\u2041\u2042\u2043\u2044');
  // Currency signs, letterlike symbols, arrows, stars.
  range(OTHER, 0x20a0, 0x20c0);
  set(OTHER, '\u2116\u2122\u2190\u2191\u2192\u2193\u2605\u2606\u2713\u2714\u2717\u2718');
  return table;
}

/**
 * The end offset of each sentence of `text` by UAX #29 sentence boundaries
 * (the last is `text.length`; none for empty text), or null when `text` holds
 * a character the pass does not know. `text` must hold no line break (CR, LF,
 * NEL, U+2028, U+2029): the caller has made them spaces.
 */
export function sentenceBoundaries(text: string): number[] | null {
  const length = text.length;
  const ends: number[] = [];
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    // Every character passes here once (the look-aheads below never move past one unread), so this sees any unknown one.
    const term = code < TABLE_END ? (CLASSES[code] as number) : UNKNOWN;
    if (term === UNKNOWN) return null;
    if (term !== ATERM && term !== STERM) continue;
    let next = index + 1;
    if (term === ATERM && next < length) {
      const after = classAt(text, next);
      // SB6 `3.5`; SB7 `U.S`.
      if (after === NUMERIC) continue;
      if (after === UPPER && index > 0 && (classAt(text, index - 1) === UPPER || classAt(text, index - 1) === LOWER)) continue;
    }
    // SB9, SB10: closing marks, then spaces, stay with the sentence.
    while (next < length && classAt(text, next) === CLOSE) next += 1;
    while (next < length && classAt(text, next) === SP) next += 1;
    if (next >= length) break;
    const following = classAt(text, next);
    index = next - 1;
    // SB8a: `?,` `..` go on.
    if (following === SCONTINUE || following === ATERM || following === STERM) continue;
    if (term === ATERM && lowerComesFirst(text, next)) continue;
    // SB11.
    ends.push(next);
  }
  if (length > 0) ends.push(length);
  return ends;
}

/** The class of the character at `index` (UNKNOWN past the table). */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < TABLE_END ? (CLASSES[code] as number) : UNKNOWN;
}

/** SB8: whether, from `from` on, the first letter or sentence stop is a lower-case letter. */
function lowerComesFirst(text: string, from: number): boolean {
  for (let index = from; index < text.length; index += 1) {
    const cls = classAt(text, index);
    if (cls === LOWER) return true;
    if (cls === UPPER || cls === OLETTER || cls === ATERM || cls === STERM) return false;
  }
  return false;
}
