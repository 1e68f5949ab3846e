/**
 * Body lines that are page navigation, not prose: section labels in capitals
 * (`FEATURES`) and link lines (`More from Tech`). Their capitals are no
 * evidence of a name; only names known from the gazetteer or list count there.
 */
import type { BlockText } from './blocks.ts';
import { SOCIAL_NETWORKS } from '../gazetteer/platforms.ts';

/** Link lines that open with these words, up to a few words long. */
const NAVIGATION_OPENERS: readonly RegExp[] = [
  /^(?:More (?:from|in|on)|Read more|Related|See also|Most (?:read|viewed|popular|shared)(?: in)?|Latest (?:from|in)|Also in)\b/i,
];
const LONGEST_LABEL_WORDS = 5;
/** Capitals lines shorter than this may be acronyms (`CNN`); longer ones are section labels. */
const SHOUTED_LABEL_MIN_LETTERS = 5;

export function isPageLabel(block: BlockText): boolean {
  if (block.block !== 'body') return false;
  const words = block.tokens.filter((token) => token.isWord);
  if (words.length === 0 || words.length > LONGEST_LABEL_WORDS || /[.!?,;]/.test(block.text)) return false;
  if (NAVIGATION_OPENERS.some((opener) => opener.test(block.text.trim()))) return true;
  return words.every((token) => token.allCaps) && block.text.replace(/[^\p{L}]/gu, '').length >= SHOUTED_LABEL_MIN_LETTERS;
}

/** Share and follow buttons left in the body: `Share on Facebook`, `Follow us on X`, `Facebook Twitter Email`. */
const SHARE_OPENER = /^(?:Share|Follow|Tweet|Send|Email|Copy link)\b/i;
const LONGEST_SHARE_LINE_WORDS = 8;

/** A body line of share buttons: nothing named there is mentioned by the article, not even a known network. */
export function isShareLine(block: BlockText): boolean {
  if (block.block !== 'body') return false;
  const words = block.tokens.filter((token) => token.isWord);
  if (words.length === 0 || words.length > LONGEST_SHARE_LINE_WORDS || /[.!?]\s*\S/.test(block.text)) return false;
  if (SHARE_OPENER.test(block.text.trim())) return true;
  return words.every((token) => SOCIAL_NETWORKS.has(token.key));
}
