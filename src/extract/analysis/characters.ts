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
