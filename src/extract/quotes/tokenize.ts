/**
 * One pass over a block's text into word and punctuation tokens with their
 * offsets. Apostrophes between letters stay inside a word (`don't`,
 * `Korea's`), so a quote mark is always a token of its own.
 */
export interface Token {
  text: string;
  /** Lower case, with a curly apostrophe written straight. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
}

const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const word = match[0];
    tokens.push({
      text: word,
      lower: word.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + word.length,
      isWord: WORD_START.test(word),
    });
  }
  return tokens;
}

export function isCapitalized(token: Token): boolean {
  const first = token.text[0];
  return first !== undefined && token.isWord && first !== first.toLowerCase();
}

/** `Korea's`, `Reuters'`: the word ends in a possessive. */
export function isPossessive(token: Token): boolean {
  return token.lower.endsWith("'s");
}
