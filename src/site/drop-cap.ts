/**
 * The article body's drop cap. CSS `::first-letter` styles whatever character
 * opens the first paragraph, a bullet or a dash as well as a letter, and
 * cannot test which it is; so the page decides, and the body's wrapper gets
 * DROP_CAP_CLASS only when the first paragraph opens with a letter or digit.
 */

/** Class on `.story-body` when its first paragraph may have a drop cap. */
export const DROP_CAP_CLASS = 'drop-cap';

const OPENS_WITH_LETTER_OR_DIGIT = /^\s*[\p{L}\p{N}]/u;

/**
 * Whether the article's first text block (plain text, as the site article
 * holds it) opens with a letter or a digit. A body with no text has none.
 */
export function takesDropCap(firstParagraph: string | undefined): boolean {
  return firstParagraph !== undefined && OPENS_WITH_LETTER_OR_DIGIT.test(firstParagraph);
}

/** The class list of the article body's wrapper. */
export function storyBodyClass(firstParagraph: string | undefined): string {
  return takesDropCap(firstParagraph) ? `story-body ${DROP_CAP_CLASS}` : 'story-body';
}
