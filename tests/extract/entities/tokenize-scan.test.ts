import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isPartyTag, isPossessive, tokenAt, tokenize } from '../../../src/extract/entities/tokenize.ts';
import { nameKey } from '../../../src/extract/name-key.ts';

/** Pieces of news text: ASCII and other letters, digits, joiners, curly and straight apostrophes, stops, spaces. */
const piece = fc.constantFrom('Jo', 'park', "O'Brien", 'O’Neill', 'Korea’s', "Korea's", 'São', 'Łódź', 'G20', '2026', 'Moon-Putin', 'Denver-based', 'Dr.', 'U.S.', 'R-Texas', ',', '.', ' ', ' ', '’', '“', '—', '\u{1F600}', 'ǅ', 'İ');
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

describe('tokenize reads every word whole, with the one lookup key', () => {
  test('a token key is the nameKey of its text, less a final period, in a text with or without curly apostrophes', () => {
    fc.assert(
      fc.property(text, (written) => {
        for (const token of tokenize(written)) {
          const key = nameKey(token.text);
          // The apostrophe of `Jones' lawyer` takes the key of every possessive.
          if (token.text.length === 1 && isPossessive(token)) continue;
          expect(token.key).toBe(key.length > 1 && key.endsWith('.') ? key.slice(0, -1) : key);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('word tokens are letters and digits joined by single joiners, sliced from the text where they stand', () => {
    const WORD = /^(?:[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*\.?|(?:\p{L}\.){2,}|R-)$/u;
    fc.assert(
      fc.property(text, (written) => {
        for (const token of tokenize(written)) {
          expect(written.slice(token.start, token.end)).toBe(token.text);
          if (token.isWord) expect(token.text).toMatch(WORD);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('keys of the same name agree whichever apostrophe the text used', () => {
    expect(tokenize('O’Neill met O’Brien').map((token) => token.key)).toEqual(["o'neill", 'met', "o'brien"]);
    expect(tokenize("O'Neill met O'Brien").map((token) => token.key)).toEqual(["o'neill", 'met', "o'brien"]);
  });
});

describe('the token tests by character code, against the expressions they stand for', () => {
  const short = fc.oneof(fc.string({ maxLength: 3 }), fc.array(fc.constantFrom("'", '’', 's', 'S', 'R', 'D', 'I', '-', 'x'), { maxLength: 3 }).map((parts) => parts.join('')));

  test("a possessive token is written 's, ’s, or an apostrophe alone after a word ending in s", () => {
    const text = fc.array(fc.constantFrom("'", '’', 's', 'S', 'Jones', ' ', 'the', '.', '‘'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (written) => {
        const tokens = tokenize(written);
        tokens.forEach((token, index) => {
          if (!isPossessive(token)) return;
          expect(token.text).toMatch(/^['’]s?$/);
          if (token.text.length === 1) expect(tokens[index - 1]?.text.endsWith('s')).toBe(true);
        });
      }),
      { numRuns: 3000 },
    );
  });

  test('isPartyTag is /^[RDI]-$/', () => {
    fc.assert(
      fc.property(short, (text) => {
        expect(isPartyTag(text)).toBe(/^[RDI]-$/.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokenAt', () => {
  test('is the token at an index in the list, and undefined before the first or past the last', () => {
    const tokens = tokenize('Jo Park said');
    expect([-2, -1, 0, 2, 3].map((index) => tokenAt(tokens, index)?.text)).toEqual([undefined, undefined, 'Jo', 'said', undefined]);
  });
});

describe('possessives', () => {
  test("a final 's or ’s right after the name is its own token; a plural or an inner apostrophe is not one", () => {
    const texts = (written: string) => tokenize(written).map((token) => token.text);
    expect(texts("Korea's leaders")).toEqual(['Korea', "'s", 'leaders']);
    expect(texts('the O’Neills’s dog')).toEqual(['the', 'O’Neills', '’s', 'dog']);
    expect(texts("bosses O'Briens")).toEqual(['bosses', "O'Briens"]);
  });

  test("the apostrophe alone after a capitalized word ending in s, before a lowercase word, is a possessive", () => {
    const possessives = (written: string) => tokenize(written).filter(isPossessive).map((token) => token.text);
    expect(possessives("Jones' lawyer said")).toEqual(["'"]);
    expect(possessives('Sanders’ campaign said')).toEqual(['’']);
    // Before a capital it may belong to a name; after an opening single quote it may close a quote; lowercase, a plural.
    expect(possessives("the Musicians' Union said")).toEqual([]);
    expect(possessives("fans of the 'Lions' said")).toEqual([]);
    expect(possessives('fans of the ‘Lions’ said')).toEqual([]);
    expect(possessives("the players' union said")).toEqual([]);
  });
});
