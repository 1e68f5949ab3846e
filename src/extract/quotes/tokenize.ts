/**
 * One pass over a block's text into word and punctuation tokens with their
 * offsets. Apostrophes, hyphens and dots between letters stay inside a word
 * (`don't`, `Korea's`, `U.S`), so a quote mark is always a token of its own.
 * Written as a character loop rather than a Unicode regular expression: it
 * runs on every block of every article and must stay linear and cheap.
 */
import { nameKey } from '../name-key.ts';
import { isSpaceAt } from '../analysis/characters.ts';

export interface Token {
  text: string;
  /** Lower case, with a curly apostrophe written straight. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;
/** `'`, `’`, `.` or `-`: what joins two word characters into one word. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdbff) return NON_ASCII_WORD.test(text.slice(i, i + 2));
  return NON_ASCII_WORD.test(text[i]!);
}

function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    const isWord = isWordChar(text, i);
    if (isWord) {
      i += charLength(text, i);
      for (;;) {
        while (i < text.length) {
          // ASCII letters and digits first, without the calls: most of a word is made of them.
          const code = text.charCodeAt(i);
          if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
            i += 1;
            continue;
          }
          if (code < 128 || !isWordChar(text, i)) break;
          i += charLength(text, i);
        }
        if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) i += 1;
        else break;
      }
    } else {
      i += charLength(text, i);
    }
    const word = text.slice(start, i);
    tokens.push({ text: word, lower: nameKey(word), start, end: i, isWord });
  }
  return tokens;
}

export function isCapitalized(token: Token): boolean {
  const first = token.text[0];
  return first !== undefined && token.isWord && first !== first.toLowerCase();
}

/** A word written all in lower case: `social`, `robot`. */
export function isLowerWord(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && token.text === token.lower;
}

/** `Korea's`, `Reuters'`: the word ends in a possessive. */
export function isPossessive(token: Token): boolean {
  return token.lower.endsWith("'s");
}
