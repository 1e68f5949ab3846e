/**
 * Double quote marks typed as two single characters: `''` (two apostrophes)
 * and ``` `` ``` (two backticks). Archives of wire and newspaper text write
 * them so (`''If Donald remains Donald, I will not vote for him,'' declared
 * Senator Jeff Flake`); read as two apostrophes, the quote's cue after them is
 * never found. Each pair becomes one `"`. A pair inside a word, or a run of
 * three marks or more, is left as written: that is no quote mark.
 */

export interface StraightenedText {
  text: string;
  /** How many pairs became `"`. */
  replaced: number;
}

const DOUBLED = /(?<![A-Za-z0-9'`])(?:''|``)(?!['`])|(?<!['`])(?:''|``)(?![A-Za-z0-9'`])/gu;

/** `text` with each doubled apostrophe or backtick at a word's edge written as `"`. */
export function straightenDoubledQuoteMarks(text: string): StraightenedText {
  if (!text.includes("''") && !text.includes('``')) return { text, replaced: 0 };
  let replaced = 0;
  const straightened = text.replace(DOUBLED, () => {
    replaced += 1;
    return '"';
  });
  return { text: straightened, replaced };
}
