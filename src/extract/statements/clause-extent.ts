import {
  BARE_BREAK_BLOCKERS,
  CLAUSE_BREAKS_AFTER_COMMA,
  CLAUSE_BREAKS_BARE,
  DETERMINERS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from '../lexicon/discourse-words.ts';
import type { AnalyzedBlock } from '../quotes/analyze-block.ts';
import { isCapitalized, isPossessive } from '../quotes/tokenize.ts';

const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * First token of a statement: its subject, widened over the titles and
 * determiner written before it in the same clause (`The Trump
 * administration`, `Russia's Energy Minister Alexander Novak`), but nothing
 * before that determiner (`On Friday the chief executive`).
 */
export function statementStart(block: AnalyzedBlock, subjectFirst: number, floor: number): number {
  let k = subjectFirst;
  // `On Friday the chief executive`: the determiner opens the subject; a word before it is not part of it.
  while (k - 1 >= floor && block.tokens[k]!.lower !== 'the') {
    const token = block.tokens[k - 1]!;
    if (block.depth[k - 1] !== 0 || !token.isWord || PREPOSITIONS.has(token.lower)) break;
    if (!(isCapitalized(token) || isPossessive(token) || token.lower === 'the')) break;
    k -= 1;
  }
  return k;
}

/**
 * Last token (inclusive) of the clause reported by the verb ending at
 * `after - 1`: up to a clause break (`, but`, `, including`, `; `, a bare
 * `as` before a new subject) or the sentence end. The sentence's full stop is
 * kept only when the statement is the whole sentence.
 */
export function clauseEnd(block: AnalyzedBlock, after: number, wholeSentenceFrom: boolean): number {
  const { tokens, depth } = block;
  const end = block.sentenceEnd[after - 1]!;
  for (let j = after; j < end; j += 1) {
    if (depth[j] !== 0 || block.isMark[j]) continue;
    const token = tokens[j]!;
    const next = tokens[j + 1];
    if (token.text === ';') return j - 1;
    if (token.text === ',' && next !== undefined && (CLAUSE_BREAKS_AFTER_COMMA.has(next.lower) || /^\p{Ll}+ing$/u.test(next.text))) return j - 1;
    if (CLAUSE_BREAKS_BARE.has(token.lower) && j > after && !BARE_BREAK_BLOCKERS.has(tokens[j - 1]!.lower) && next !== undefined && startsSubject(next.text, next.lower)) {
      return j - 1;
    }
  }
  const last = end - 1;
  if (TERMINAL.has(tokens[last]!.text) && !wholeSentenceFrom) return last - 1;
  return last;
}

function startsSubject(text: string, lower: string): boolean {
  return /^\p{Lu}/u.test(text) || SUBJECT_PRONOUNS.has(lower) || DETERMINERS.has(lower) || lower === 'we' || lower === 'i';
}
