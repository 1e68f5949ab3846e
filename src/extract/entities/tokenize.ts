/**
 * Splits one block of plain text into word and punctuation tokens in a single
 * left-to-right pass. Offsets index the block text exactly, so every mention
 * built from tokens can be sliced back out of it.
 */

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

/** Abbreviations whose period belongs to the word rather than ending a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'sen', 'gov', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl',
  'maj', 'adm', 'cmdr', 'jr', 'sr', 'rev', 'hon', 'det', 'insp', 'supt', 'inc', 'ltd', 'corp', 'co', 'bros',
  'no', 'vs', 'etc', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
]);

const WORD = /[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*/uy;
const DOTTED_INITIALS = /(?:\p{L}\.){2,}/uy;
const SPACE = /\s/u;
const POSSESSIVE = /^(.+?)(['’]s)$/u;
const UPPER = /\p{Lu}/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', '…', '•']);
const OPENING_QUOTES = new Set(['“', '‘', '"', "'", '«', '(', '[']);

const isAsciiLower = (code: number) => code >= 97 && code <= 122;

function isAllCaps(text: string, lower: string): boolean {
  if (text !== text.toUpperCase()) return false;
  // Count letters as the characters that have a lowercase form.
  let letters = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] !== lower[index]) letters += 1;
  }
  return letters >= 2;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let position = 0;
  const push = (value: string, start: number, isWord: boolean) => {
    const first = value[0] ?? '';
    const lower = value.toLowerCase();
    let key = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    if (key.length > 1 && key.endsWith('.')) key = key.slice(0, -1);
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      key,
      isWord,
      capitalized: isWord && UPPER.test(first),
      // An ASCII lowercase first letter settles it without building the uppercase copy.
      allCaps: isWord && !isAsciiLower(value.charCodeAt(0)) && isAllCaps(value, lower),
      sentenceStart: isWord && sentenceStart,
      index: tokens.length,
    });
  };

  while (position < text.length) {
    const char = text[position]!;
    if (char === ' ' || SPACE.test(char)) {
      position += 1;
      continue;
    }
    // Most words are not initials: try the pattern only where a period follows the first letter.
    let dotted: RegExpExecArray | null = null;
    if (text[position + 1] === '.') {
      DOTTED_INITIALS.lastIndex = position;
      dotted = DOTTED_INITIALS.exec(text);
    }
    if (dotted) {
      push(dotted[0], position, true);
      position += dotted[0].length;
      sentenceStart = false;
      continue;
    }
    WORD.lastIndex = position;
    const word = WORD.exec(text);
    if (word) {
      let value = word[0];
      // A possessive `'s` is its own token: `Korea's` names Korea.
      const possessive = value.endsWith('s') && (value.includes("'") || value.includes('’')) ? POSSESSIVE.exec(value) : null;
      if (possessive && possessive[1]!.length > 0) value = possessive[1]!;
      let end = position + value.length;
      const lower = value.toLowerCase();
      const takesPeriod =
        !possessive && text[end] === '.' && (ABBREVIATIONS.has(lower) || (value.length === 1 && UPPER.test(value)));
      if (takesPeriod) end += 1;
      push(text.slice(position, end), position, true);
      sentenceStart = false;
      if (possessive) {
        push(possessive[2]!, end, false);
        end += possessive[2]!.length;
      }
      position = end;
      continue;
    }
    push(char, position, false);
    if (SENTENCE_END.has(char)) sentenceStart = true;
    else if (OPENING_QUOTES.has(char) && (position === 0 || SPACE.test(text[position - 1]!) || OPENING_QUOTES.has(text[position - 1]!))) {
      sentenceStart = true;
    }
    position += 1;
  }
  return tokens;
}
