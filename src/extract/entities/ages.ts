/**
 * A person's age as news writes it after a name: `Jo Park, 34,`, `Jo Park,
 * aged 34,` or, for children and in some house styles, in words: `Jo Park,
 * six,` or `Jo Park, twenty-one,`. Only the shape of the age is read here;
 * the commas around it are the caller's.
 */
import type { Token } from './tokenize.ts';

const UNIT_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
]);
const TENS: ReadonlySet<string> = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
/** `twenty-one`, one token. */
const COMPOUND_AGE_WORD = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/;

const isDigitsAge = (token: Token | undefined) => token !== undefined && /^\d{1,3}$/.test(token.text);

/** Index after an age written as a number word at `index` (`six`, `twenty-one`: the tokenizer keeps the hyphen), or -1. */
function numberWordAgeEnd(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (!token?.isWord || token.capitalized) return -1;
  return UNIT_WORDS.has(token.key) || TENS.has(token.key) || COMPOUND_AGE_WORD.test(token.key) ? index + 1 : -1;
}

/**
 * Index just after an age that starts at `index` (`34`, `aged 34`, `six`,
 * `twenty-one`), or -1 when no age starts there.
 */
export function ageEnd(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (token === undefined) return -1;
  if (isDigitsAge(token)) return index + 1;
  if (token.key === 'aged' && !token.capitalized) {
    if (isDigitsAge(tokens[index + 1])) return index + 2;
    return numberWordAgeEnd(tokens, index + 1);
  }
  return numberWordAgeEnd(tokens, index);
}

/** `, 34,` / `, aged six,` right after `end` (or ending the block): the age of the name before. */
export function agedAppositiveEnd(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ',') return -1;
  const after = ageEnd(tokens, end + 1);
  if (after < 0) return -1;
  const next = tokens[after];
  return next === undefined || next.text === ',' ? after : -1;
}
