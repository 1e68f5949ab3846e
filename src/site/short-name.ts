/** Longest name (in characters) a list, chip, breadcrumb or tab title shows before it is cut. */
export const SHORT_NAME_LIMIT = 60;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * A name as lists and titles show it: whole when it is at most `limit`
 * characters, else cut at the last word break that keeps at least half of
 * it (or inside a word when there is none) and ended with `…`. A scraped
 * line mistaken for a name can run to hundreds of characters; the entity
 * page's heading still shows it whole.
 */
export function shortName(name: string, limit = SHORT_NAME_LIMIT): string {
  // A grapheme is at least one UTF-16 unit, so a name this short is whole without segmenting it (which is slow).
  if (name.length <= limit) return name;
  let kept = '';
  let count = 0;
  for (const { segment } of graphemes.segment(name)) {
    count += 1;
    if (count > limit) {
      const space = kept.lastIndexOf(' ');
      const cut = space >= limit / 2 ? kept.slice(0, space) : kept;
      return `${cut.trimEnd()}…`;
    }
    if (count < limit) kept += segment;
  }
  return name;
}
