/**
 * Double quote marks typed as two single characters: `''` (two apostrophes)
 * and ``` `` ``` (two backticks). Archives of wire and newspaper text write
 * them so (`''If Donald remains Donald, I will not vote for him,'' declared
 * Senator Jeff Flake`); read as two apostrophes, the quote's cue after them is
 * never found. Each pair becomes one `"`. A pair inside a word, or a run of
 * three marks or more, is left as written: that is no quote mark; except
 * three apostrophes where a quote inside a quote ends with the quote's own
 * punctuation (`at all,''' said Mr. Meyer`: the inner `'` and then the pair)
 * or opens a sentence with it (`say, '''Sir, we stay`: the pair, then `'`).
 */

export interface StraightenedText {
  text: string;
  /** How many pairs became `"`. */
  replaced: number;
}

const DOUBLED = /(?<=[,.?!])'''(?![A-Za-z0-9'`])|(?<![A-Za-z0-9'`])'''(?=\p{Lu})|(?<![A-Za-z0-9'`])(?:''|``)(?!['`])|(?<!['`])(?:''|``)(?![A-Za-z0-9'`])/gu;

/** What a match of DOUBLED becomes: three apostrophes keep the single mark on the side it stands. */
function straightened(marks: string, offset: number, text: string): string {
  if (marks !== "'''") return '"';
  return /[,.?!]/u.test(text[offset - 1] ?? '') ? `'"` : `"'`;
}

/** `text` with each doubled apostrophe or backtick at a word's edge written as `"`. */
export function straightenDoubledQuoteMarks(text: string): StraightenedText {
  if (!text.includes("''") && !text.includes('``')) return { text, replaced: 0 };
  let replaced = 0;
  const out = text.replace(DOUBLED, (marks: string, offset: number) => {
    replaced += 1;
    return straightened(marks, offset, text);
  });
  return { text: out, replaced };
}
