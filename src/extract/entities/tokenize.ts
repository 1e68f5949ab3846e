/**
 * Splits one block of plain text into word and punctuation tokens in a single
 * left-to-right pass. Offsets index the block text exactly, so every mention
 * built from tokens can be sliced back out of it.
 */
import { isAsciiLetterOrDigit, isSpaceAt } from '../analysis/characters.ts';
import { ABBREVIATION_KEYS } from '../lexicon/abbreviations.ts';
import { straightApostrophes } from '../name-key.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lowercase text without a trailing period: `Dr.` -> `dr`. */
  key: string;
  isWord: boolean;
  /** First character is an uppercase letter (or the word is a code like `G20`). */
  capitalized: boolean;
  /** Two or more letters, all uppercase: `NATO`, `DOZENS`. */
  allCaps: boolean;
  /** First word of the block, or first after `.`, `!`, `?`, `:` or an opening quote mark. */
  sentenceStart: boolean;
  /** Index of this token in the block's token list. */
  index: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** `-`, `'`, `’` or `&`: the characters that join two word characters into one word. */
export function isWordJoiner(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x26;
}

/** Length in UTF-16 units of the letter or digit at `at` (2 for a surrogate pair), 0 when there is none. */
function letterOrDigitAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (isAsciiLetterOrDigit(code)) return 1;
  if (code < 128 || Number.isNaN(code)) return 0;
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(at, at + width)) ? width : 0;
}

/**
 * End of the word starting at `start` (letters and digits, joined by single
 * `-`, `'`, `’` or `&`), or `start` when none starts there. Scanned by hand:
 * a regular expression match would allocate an array for every word.
 */
function endOfWord(text: string, start: number): number {
  let end = start;
  for (;;) {
    let width = letterOrDigitAt(text, end);
    if (width === 0) return end;
    while (width > 0) {
      end += width;
      // ASCII letters and digits, most of any word, without the call. Reads stay inside the text: one past
      // its end would return NaN, and optimized code that once read out of bounds reads every character slower.
      while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end += 1;
      width = end < text.length && text.charCodeAt(end) >= 128 ? letterOrDigitAt(text, end) : 0;
    }
    // A joiner counts only between two word characters: `Moon-Putin`, `O’Brien`.
    if (end >= text.length || !isWordJoiner(text.charCodeAt(end)) || letterOrDigitAt(text, end + 1) === 0) return end;
    end += 1;
  }
}
const DOTTED_INITIALS = /(?:\p{L}\.){2,}/uy;
const POSSESSIVE = /^(.+?)(['’]s)$/u;
const UPPER = /\p{Lu}/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', '…', '•']);
const OPENING_QUOTES = new Set(['“', '‘', '"', "'", '«', '(', '[']);

const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/**
 * The UTF-16 unit at `at`, or -1 outside the text. The scan asks one past a
 * word or the text often; charCodeAt would answer NaN there, but optimized
 * code that has once read out of bounds reads every character more slowly.
 */
function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : -1;
}

/**
 * `tokens[index]`, undefined before the first token as after the last. Names
 * often open their block, so the words before them are asked for at -1 and
 * -2; in V8 `tokens[-1]` is no array read but a slow property lookup, which
 * also slows every later read at the same place in the code.
 */
export function tokenAt(tokens: readonly Token[], index: number): Token | undefined {
  return index >= 0 ? tokens[index] : undefined;
}

/** The key of every possessive token: `'s`, `’s`, and the apostrophe of `Sanders' campaign`. */
const POSSESSIVE_KEY = "'s";

/** Whether the token marks a possessive: `'s` split off a word, or the lone apostrophe after a name ending in `s`. */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && token.key === POSSESSIVE_KEY;
}

/** How far back an opening single quote is looked for before an apostrophe after `s`. */
const OPEN_QUOTE_REACH = 120;

/**
 * `Sanders' campaign`, `Jones’ lawyer`: an apostrophe right after a
 * capitalized word ending in `s`, then a space and a lowercase word, is the
 * possessive of a plural or of a name ending in `s`. Not when a single quote
 * opened before it in the sentence may close there (`the 'Lions' said`), nor
 * before a capitalized word, where it may belong to a name (`Workers' Union`).
 */
function isPluralPossessive(text: string, wordStart: number, at: number): boolean {
  const mark = codeAt(text, at);
  if ((mark !== 0x27 && mark !== 0x2019) || codeAt(text, at - 1) !== 0x73 || !isUpperUnit(text[wordStart] ?? '')) return false;
  if (codeAt(text, at + 1) !== 0x20 || !/\p{Ll}/u.test(text[at + 2] ?? '')) return false;
  for (let index = wordStart - 1; index >= 0 && index >= wordStart - OPEN_QUOTE_REACH; index -= 1) {
    const code = text.charCodeAt(index);
    if (code === 0x2e || code === 0x21 || code === 0x3f) break;
    if (code === 0x2018) return false;
    if ((code === 0x27 || code === 0x2019) && (index === 0 || isSpaceAt(text, index - 1))) return false;
  }
  return true;
}

/** The party letter of a `R-Texas` tag as its own token (`/^[RDI]-$/`), by character code. */
export function isPartyTag(text: string): boolean {
  if (text.length !== 2 || text.charCodeAt(1) !== 0x2d) return false;
  const letter = text.charCodeAt(0);
  return letter === 0x52 || letter === 0x44 || letter === 0x49;
}

/** Whether `char` (one UTF-16 unit) is an uppercase letter, ASCII settled without the regular expression. */
export function isUpperUnit(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(char);
}

/**
 * Lowercase participles and nouns that a name takes on with a hyphen to
 * describe something else: `Minneapolis-based`, `Jo Park-led`. The name is
 * written whole before the hyphen, so it is split off to be read as a name.
 */
export const NAME_COMPOUND_MODIFIERS: ReadonlySet<string> = new Set([
  'based', 'area', 'born', 'led', 'coached', 'captained', 'trained', 'fronted', 'owned', 'backed', 'run', 'funded',
]);

/** Length of the name in `value` before a hyphen and a name-compound modifier (`Denver` of `Denver-based`), or 0. */
export function nameBeforeModifier(value: string): number {
  // Most words are lowercase or have no hyphen: both are settled before any search.
  if (!isUpperUnit(value[0] ?? '') || value.indexOf('-') < 0) return 0;
  // The last hyphen is found by hand: String.prototype.lastIndexOf is a call into the runtime.
  let hyphen = value.length - 1;
  while (hyphen >= 0 && value.charCodeAt(hyphen) !== 0x2d) hyphen -= 1;
  if (hyphen <= 0) return 0;
  return NAME_COMPOUND_MODIFIERS.has(value.slice(hyphen + 1)) ? hyphen : 0;
}

export function isAllCaps(text: string, lower: string): boolean {
  // Fewer than two characters, or an ASCII lowercase second one, settle it without the uppercase copy.
  if (text.length < 2 || isAsciiLower(text.charCodeAt(1))) return false;
  if (text !== text.toUpperCase()) return false;
  // Count letters as the characters that have a lowercase form.
  let letters = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] !== lower[index]) letters += 1;
  }
  return letters >= 2;
}

/** Party letters of a US `R-Texas` / `(D-Ohio)` tag. */
const PARTY_LETTERS = new Set(['R', 'D', 'I']);

function isPartyStateTag(text: string, at: number): boolean {
  // `R`, `D` or `I` by code first: every token start asks.
  const code = text.charCodeAt(at);
  if (code !== 0x52 && code !== 0x44 && code !== 0x49) return false;
  if (!PARTY_LETTERS.has(text[at] ?? '') || text[at + 1] !== '-' || !UPPER.test(text[at + 2] ?? '')) return false;
  let before = at - 1;
  while (before >= 0 && text[before] === ' ') before -= 1;
  return text[before] === ',' || text[before] === '(';
}

/**
 * The token for `value` at `start`, the `index`th of its block. A function of
 * its own, not a closure in `tokenize`: a closure would keep the scan's state
 * (`sentenceStart`) in a heap context instead of a register.
 */
function tokenOf(value: string, start: number, isWord: boolean, sentenceStart: boolean, curly: boolean, index: number): Token {
  const first = value.charCodeAt(0);
  // A mark of one ASCII character (`,`, `.`, `(`) has no case: it is its own key.
  const lower = !isWord && value.length === 1 && first < 128 ? value : value.toLowerCase();
  let key = curly ? straightApostrophes(lower) : lower;
  if (key.length > 1 && key.charCodeAt(key.length - 1) === 0x2e) key = key.slice(0, -1);
  return {
    text: value,
    start,
    end: start + value.length,
    key,
    isWord,
    capitalized: isWord && value !== '' && isUpperUnit(value[0]!),
    // An ASCII lowercase first letter settles it without building the uppercase copy.
    allCaps: isWord && !isAsciiLower(first) && isAllCaps(value, lower),
    sentenceStart: isWord && sentenceStart,
    index,
  };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let position = 0;
  // Asked once per block: where the text has no curly apostrophe, no token's key needs straightening.
  const curly = text.includes('’');
  // Takes the sentence state as an argument: a closure reading `sentenceStart` would move it to the heap.
  const push = (value: string, start: number, isWord: boolean, atSentenceStart: boolean) => {
    tokens.push(tokenOf(value, start, isWord, atSentenceStart, curly, tokens.length));
  };

  while (position < text.length) {
    if (isSpaceAt(text, position)) {
      position += 1;
      continue;
    }
    // Most words are not initials: try the pattern only where a period follows the first letter.
    let dotted: RegExpExecArray | null = null;
    if (codeAt(text, position + 1) === 0x2e) {
      DOTTED_INITIALS.lastIndex = position;
      dotted = DOTTED_INITIALS.exec(text);
    }
    if (dotted) {
      push(dotted[0], position, true, sentenceStart);
      position += dotted[0].length;
      sentenceStart = false;
      continue;
    }
    // `Sen. Jane Doe, R-Texas,`: the party letter is a tag and the state a word of its own, a place.
    if (isPartyStateTag(text, position)) {
      push(text.slice(position, position + 2), position, false, false);
      position += 2;
      continue;
    }
    const wordEnd = endOfWord(text, position);
    if (wordEnd > position) {
      let value = text.slice(position, wordEnd);
      // A possessive `'s` is its own token: `Korea's` names Korea.
      // Only an apostrophe right before the final `s` can make one: most words ending in `s` are plurals.
      const apostrophe = codeAt(value, value.length - 2);
      const possessive = codeAt(value, value.length - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019) ? POSSESSIVE.exec(value) : null;
      if (possessive && possessive[1]!.length > 0) value = possessive[1]!;
      const nameLength = possessive ? 0 : nameBeforeModifier(value);
      if (nameLength > 0) {
        push(value.slice(0, nameLength), position, true, sentenceStart);
        push('-', position + nameLength, false, false);
        push(value.slice(nameLength + 1), position + nameLength + 1, true, sentenceStart);
        sentenceStart = false;
        position += value.length;
        continue;
      }
      let end = position + value.length;
      // The lowercase form is made only where a period follows: most words are read without one.
      const takesPeriod =
        !possessive && codeAt(text, end) === 0x2e && (ABBREVIATION_KEYS.has(value.toLowerCase()) || (value.length === 1 && UPPER.test(value)));
      if (takesPeriod) end += 1;
      push(takesPeriod ? text.slice(position, end) : value, position, true, sentenceStart);
      sentenceStart = false;
      if (possessive) {
        push(possessive[2]!, end, false, false);
        end += possessive[2]!.length;
      } else if (isPluralPossessive(text, position, end)) {
        push(text[end]!, end, false, false);
        tokens[tokens.length - 1]!.key = POSSESSIVE_KEY;
        end += 1;
      }
      position = end;
      continue;
    }
    const char = text[position]!;
    push(char, position, false, false);
    if (SENTENCE_END.has(char)) sentenceStart = true;
    else if (OPENING_QUOTES.has(char) && (position === 0 || isSpaceAt(text, position - 1) || OPENING_QUOTES.has(text[position - 1]!))) {
      sentenceStart = true;
    }
    position += 1;
  }
  return tokens;
}
