/**
 * The one normalizer of the search index. public/search/search.js carries a
 * copy in plain JavaScript (the browser cannot import this module from a
 * page opened over file://); tests/search/client.test.ts checks the two
 * agree on any text.
 */

/**
 * Letters NFKD leaves whole although readers type them without the stroke or
 * slash ("Lukasz" for "Łukasz"). Keys are lowercase: folding runs after
 * lowercasing.
 */
const FOLDS: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ı: 'i' };

const MARKS = /\p{M}+/gu;
const FOLDABLE = /[łđøħı]/gu;
const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * Lowercase before decomposing (lowercasing can add marks: "İ" -> "i̇") and
 * after (compatibility forms can decompose to capitals: "ℌ" -> "H").
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDS[letter] ?? letter);
}

/** The terms of `text` in order: runs of letters and digits of any script, normalized. */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(TOKEN) ?? [];
}
