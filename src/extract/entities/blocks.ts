import type { ArticleText, Block } from '../types.ts';
import { FUNCTION_WORDS } from './common-words.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One block of the article with its tokens, in reading order. */
export interface BlockText {
  block: Block;
  paragraph: number;
  /** Position in reading order: title, caption, then body paragraphs. */
  order: number;
  text: string;
  tokens: Token[];
  /**
   * Headline-style capitalization (`Jet Emergency Shakes Passengers`): capital
   * letters carry no evidence there, so only names known from elsewhere count.
   */
  titleCase: boolean;
}

const HAS_LETTER = /\p{L}/u;
const TITLE_CASE_MIN_WORDS = 3;
const BODY_TITLE_CASE_MIN_WORDS = 4;
/** Lowercase words shorter than this (`to`, `of`, `and`) stay lowercase in headline style too. */
const SHORT_WORD = 4;

/**
 * Title case when no ordinary word is lowercase. Names alone cannot decide
 * it: a caption like `President X meets Y` is mostly capitals but has a
 * lowercase verb.
 */
function isTitleCase(tokens: readonly Token[], minimum: number): boolean {
  let capitalized = 0;
  for (const token of tokens) {
    if (!token.isWord || !HAS_LETTER.test(token.text)) continue;
    if (token.capitalized) {
      // Shouted words (`SOCIAL MEDIA CORRESPONDENT`) are no sign of headline style.
      if (!FUNCTION_WORDS.has(token.key) && !token.allCaps) capitalized += 1;
    } else if (token.text.length >= SHORT_WORD && !FUNCTION_WORDS.has(token.key)) {
      return false;
    }
  }
  return capitalized >= minimum;
}

export function blocksOf(article: ArticleText): BlockText[] {
  const blocks: BlockText[] = [];
  const add = (block: Block, paragraph: number, text: string) => {
    const tokens = tokenize(text);
    // Only short blocks can be headlines; a long body paragraph is never title case.
    // In the body only a heading-like line counts; a byline such as `By Jane Doe` must still be read.
    const titleCase =
      block !== 'body'
        ? isTitleCase(tokens, TITLE_CASE_MIN_WORDS)
        : tokens.length <= 16 && !/[,.;]/.test(text) && isTitleCase(tokens, BODY_TITLE_CASE_MIN_WORDS);
    blocks.push({ block, paragraph, order: blocks.length, text, tokens, titleCase });
  };
  if (article.title) add('title', 0, article.title);
  if (article.caption) add('caption', 0, article.caption);
  article.paragraphs.forEach((text, index) => add('body', index, text));
  return blocks;
}
