/**
 * Quotes given as examples of a kind of work or of printed words:
 * `headlines such as "…"`, `songs like "…"`. Read by the kind classifier.
 */
import { EXAMPLE_INTRODUCERS, MAX_EXAMPLE_WORDS, PRINTED_WORD_NOUNS } from '../lexicon/kind-example-cues.ts';
import { WORK_NOUNS } from '../lexicon/quote-kind-cues.ts';
import type { AnalyzedBlock } from './analyze-block.ts';

/**
 * `ran headlines such as "…"`, `hits including "…"`: right after a noun of
 * works or of printed words and an example introducer, a quote of a few words
 * is one of those works or printed lines, whatever its case. A comma between
 * noun and introducer is not allowed: `the bill, including "…"` may quote the
 * bill's own words.
 */
export function isExampleOfWork(block: AnalyzedBlock, open: number, wordCount: number): boolean {
  if (wordCount === 0 || wordCount > MAX_EXAMPLE_WORDS) return false;
  for (const introducer of EXAMPLE_INTRODUCERS) {
    const first = open - introducer.length;
    if (first < 1 || !introducer.every((word, k) => block.tokens[first + k]!.lower === word)) continue;
    const noun = block.tokens[first - 1]!;
    if (WORK_NOUNS.has(noun.lower) || PRINTED_WORD_NOUNS.has(noun.lower)) return true;
  }
  return false;
}
