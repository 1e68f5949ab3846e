/**
 * A term in marks inside someone's quote, as the kind classifier reads it:
 * `"…to be remembered as a 'pioneer,'" the judge wrote`.
 */
import { LABELLING_VERBS } from '../lexicon/kind-label-cues.ts';
import { MODIFIER_DETERMINERS } from '../lexicon/quote-kind-cues.ts';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import { isCapitalized, type Token } from './tokenize.ts';

/** A nested term is this many words at most: `a 'pioneer'`, `a 'new normal'`. */
export const MAX_NESTED_LABEL_WORDS = 2;

/** How many tokens before the article a verb that reports or labels may stand: `they branded the whole team a 'disgrace'`. */
export const NESTED_LABEL_VERB_WINDOW = 6;

/**
 * Inside a quote, one or two lower-case words in marks right after `a`, `an`
 * or `the` (nothing inside the marks but a closing comma or full stop) are a
 * term the speaker holds at arm's length, not a second speaker's words,
 * unless a verb that reports or labels comes just before (`they called us a
 * 'disgrace'` quotes what others said). Only inside a quote that closes in
 * the paragraph: when the outer quote never closes, the marks are as often a
 * lost pairing (run-together paragraphs) whose inner span is a reporter's
 * partial quote, and public news text showed those to be speech about half the time.
 */
export function isNestedLabel(block: AnalyzedBlock, open: number, close: number, words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > MAX_NESTED_LABEL_WORDS || words.some((word) => isCapitalized(word))) return false;
  for (let k = open + 1; k < close; k += 1) {
    const token = block.tokens[k]!;
    if (token.isWord || token.text === '-') continue;
    if (k !== close - 1 || (token.text !== ',' && token.text !== '.')) return false;
  }
  if (!enclosingQuoteCloses(block, open)) return false;
  const article = open - 1;
  if (!MODIFIER_DETERMINERS.has(block.tokens[article]?.lower ?? '')) return false;
  for (let k = article - 1; k >= Math.max(0, article - NESTED_LABEL_VERB_WINDOW); k -= 1) {
    const token = block.tokens[k]!;
    if (block.isMark[k]) break;
    if (REPORTING_VERB_BY_FORM.has(token.lower) || LABELLING_VERBS.has(token.lower)) return false;
  }
  return true;
}

/** Whether the quote around the mark at token `open` has its closing mark in the block. */
function enclosingQuoteCloses(block: AnalyzedBlock, open: number): boolean {
  const at = block.tokens[open]!.start;
  let enclosing: AnalyzedBlock['spans'][number] | undefined;
  for (const span of block.spans) {
    if (span.open < at && span.end > at && (enclosing === undefined || span.open > enclosing.open)) enclosing = span;
  }
  return enclosing !== undefined && enclosing.close !== null;
}
