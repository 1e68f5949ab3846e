/**
 * Body lines that are page navigation, not prose: section labels in capitals
 * (`FEATURES`) and link lines (`More from Tech`). Their capitals are no
 * evidence of a name; only names known from the gazetteer or list count there.
 */
import type { BlockText } from './blocks.ts';
import type { Token } from './tokenize.ts';
import { SOCIAL_NETWORKS } from '../gazetteer/platforms.ts';

/** Link lines that open with these words, up to a few words long. */
const NAVIGATION_OPENERS: readonly RegExp[] = [
  /^(?:More (?:from|in|on)|Read more|Related|See also|Most (?:read|viewed|popular|shared)(?: in)?|Latest (?:from|in)|Also in)\b/i,
];
const LONGEST_LABEL_WORDS = 5;
/** Capitals lines shorter than this may be acronyms (`CNN`); longer ones are section labels. */
const SHOUTED_LABEL_MIN_LETTERS = 5;

/**
 * How many word tokens `tokens` holds, counting no further than `cap + 1`:
 * every block is asked, and only short ones can be labels or share lines.
 */
export function wordTokensUpTo(tokens: readonly Token[], cap: number): number {
  let words = 0;
  for (let index = 0; index < tokens.length && words <= cap; index += 1) if (tokens[index]!.isWord) words += 1;
  return words;
}

export function isPageLabel(block: BlockText): boolean {
  if (block.block !== 'body') return false;
  const words = wordTokensUpTo(block.tokens, LONGEST_LABEL_WORDS);
  if (words === 0 || words > LONGEST_LABEL_WORDS || /[.!?,;]/.test(block.text)) return false;
  if (NAVIGATION_OPENERS.some((opener) => opener.test(block.text.trim()))) return true;
  return block.tokens.every((token) => !token.isWord || token.allCaps) && block.text.replace(/[^\p{L}]/gu, '').length >= SHOUTED_LABEL_MIN_LETTERS;
}

/** Share and follow buttons left in the body: `Share on Facebook`, `Follow us on X`, `Facebook Twitter Email`. */
const SHARE_OPENER = /^(?:Share|Follow|Tweet|Send|Email|Copy link)\b/i;
const LONGEST_SHARE_LINE_WORDS = 8;

/** A body line of share buttons: nothing named there is mentioned by the article, not even a known network. */
export function isShareLine(block: BlockText): boolean {
  if (block.block !== 'body') return false;
  const words = wordTokensUpTo(block.tokens, LONGEST_SHARE_LINE_WORDS);
  if (words === 0 || words > LONGEST_SHARE_LINE_WORDS || /[.!?]\s*\S/.test(block.text)) return false;
  if (SHARE_OPENER.test(block.text.trim())) return true;
  return block.tokens.every((token) => !token.isWord || SOCIAL_NETWORKS.has(token.key));
}
