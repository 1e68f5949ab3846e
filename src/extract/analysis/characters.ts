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
