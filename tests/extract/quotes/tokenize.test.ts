import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/extract/quotes/tokenize.ts';
import { nameKey } from '../../../src/extract/name-key.ts';

/** The tokenizer as first written, character by character through the Unicode tests: the definition the fast path keeps to. */
function referenceTokenize(text: string) {
  const isWordChar = (i: number) => {
    const code = text.charCodeAt(i);
    if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (code >= 0xd800 && code <= 0xdbff) return /[\p{L}\p{M}\p{N}]/u.test(text.slice(i, i + 2));
    return /[\p{L}\p{M}\p{N}]/u.test(text[i]!);
  };
  const isSpaceChar = (i: number) => {
    const code = text.charCodeAt(i);
    if (code < 128) return code === 32 || (code >= 9 && code <= 13);
    return /\s/u.test(text[i]!);
  };
  const charLength = (i: number) => {
    const code = text.charCodeAt(i);
    return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  };
  const joiners = new Set([0x27, 0x2019, 0x2e, 0x2d]);
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    if (isSpaceChar(i)) {
      i += 1;
      continue;
    }
    const start = i;
    const isWord = isWordChar(i);
    if (isWord) {
      i += charLength(i);
      for (;;) {
        while (i < text.length && isWordChar(i)) i += charLength(i);
        if (i + 1 < text.length && joiners.has(text.charCodeAt(i)) && isWordChar(i + 1)) i += 1;
        else break;
      }
    } else {
      i += charLength(i);
    }
    const word = text.slice(start, i);
    tokens.push({ text: word, lower: nameKey(word), start, end: i, isWord });
  }
  return tokens;
}

describe('quote tokenizer', () => {
  test('keeps apostrophes, hyphens and dots between letters inside a word', () => {
    expect(tokenize('“Don’t,” U.S. Moon-Putin said.').map((token) => token.text)).toEqual(['“', 'Don’t', ',', '”', 'U.S', '.', 'Moon-Putin', 'said', '.']);
  });

  test('is its definition for any text', () => {
    const piece = fc.constantFrom('Moon', 'don’t', "it's", 'U.S.', 'é', 'Ó', '\u0301', '\u{1F600}', '\u{1D400}', '-', '.', '’', ' ', '\u00a0', '“', '3.5', 'x', '\ud800');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), fc.string({ maxLength: 60 })), (text) => {
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 3000 },
    );
  });
});
