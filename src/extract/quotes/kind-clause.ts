/**
 * Where a quote sits in the reporter's clause, as the kind classifier reads
 * it: a quoted name that is the subject of the verb after it.
 */
import { SUBJECT_LEAD_INS } from '../lexicon/kind-clause-cues.ts';
import { WORK_NOUNS } from '../lexicon/quote-kind-cues.ts';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import { isCapitalized } from './tokenize.ts';

/**
 * `Mira said "Tidewater" warns viewers…`, `the film "Tidewater" urges…`: a
 * reporting verb, `that`, `the` or a work noun right before the marks and a
 * lower-case reporting verb right after them, no comma on either side: the
 * quote opens a clause as the subject of that verb (a film that warns), not an
 * utterance the verb reports, which stands apart (`"Tidewater," warns Mira`;
 * `"Yes" Mira said`). Any other word before (`At dawn "Stop" shouted the
 * guard`) leaves the quote to the verb.
 */
export function isSubjectOfVerbAfter(block: AnalyzedBlock, open: number, close: number): boolean {
  const before = block.tokens[open - 1];
  const after = block.tokens[close + 1];
  if (before === undefined || block.depth[open - 1] !== 0) return false;
  if (!SUBJECT_LEAD_INS.has(before.lower) && !WORK_NOUNS.has(before.lower) && !REPORTING_VERB_BY_FORM.has(before.lower)) return false;
  return after !== undefined && after.isWord && block.depth[close + 1] === 0 && !isCapitalized(after) && REPORTING_VERB_BY_FORM.has(after.lower);
}
