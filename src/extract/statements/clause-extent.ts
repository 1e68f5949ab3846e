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
import { countWork } from '../work-meter.ts';

const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * First token of a statement: its subject, widened over the titles and
 * determiner written before it in the same clause (`The Trump
 * administration`, `Russia's Energy Minister Alexander Novak`), but nothing
 * before that determiner (`On Friday the chief executive`), nor any token
 * starting before the character offset `minStart`.
 */
export function statementStart(block: AnalyzedBlock, subjectFirst: number, floor: number, minStart: number): number {
  let k = subjectFirst;
  // `On Friday the chief executive`: the determiner opens the subject; a word before it is not part of it.
  while (k - 1 >= floor && block.tokens[k]!.lower !== 'the') {
    countWork();
    const token = block.tokens[k - 1]!;
    // No statement starts further back than its reach (a run of capitalized words that long is no title anyway).
    if (token.start < minStart) break;
    if (block.depth[k - 1] !== 0 || !token.isWord || PREPOSITIONS.has(token.lower)) break;
    if (!(isCapitalized(token) || isPossessive(token) || token.lower === 'the')) break;
    k -= 1;
  }
  return k;
}

/**
 * Where a block's clauses break and where its quoted text lies, found in one
 * pass so that each cue looks them up instead of scanning its sentence again:
 * a sentence with thousands of cues would otherwise be scanned thousands of
 * times.
 */
export interface ClauseIndex {
  /** Per token: the first token at or after it that breaks a clause after a comma or at a semicolon (`, but`, `; `); `tokens.length` when none. */
  nextPunctuationBreak: Int32Array;
  /** Per token: the first token at or after it that is a bare break before a new subject (`as he`); `tokens.length` when none. */
  nextBareBreak: Int32Array;
  /** Per token index k: how many tokens before k are quote marks or quoted text. */
  quotedBefore: Int32Array;
  /** Per character offset c: the last token starting at or before c, -1 before the first. */
  lastTokenStartingBy: Int32Array;
}

/** The clause index of one block, in time linear in its text. */
export function clauseIndexOf(block: AnalyzedBlock): ClauseIndex {
  const { tokens, depth, isMark } = block;
  const count = tokens.length;
  const nextPunctuationBreak = new Int32Array(count + 1).fill(count);
  const nextBareBreak = new Int32Array(count + 1).fill(count);
  for (let j = count - 1; j >= 0; j -= 1) {
    countWork();
    nextPunctuationBreak[j] = nextPunctuationBreak[j + 1]!;
    nextBareBreak[j] = nextBareBreak[j + 1]!;
    if (depth[j] !== 0 || isMark[j]) continue;
    const token = tokens[j]!;
    const next = tokens[j + 1];
    if (token.text === ';') nextPunctuationBreak[j] = j;
    else if (token.text === ',' && next !== undefined && (CLAUSE_BREAKS_AFTER_COMMA.has(next.lower) || /^\p{Ll}+ing$/u.test(next.text))) nextPunctuationBreak[j] = j;
    else if (CLAUSE_BREAKS_BARE.has(token.lower) && j > 0 && !BARE_BREAK_BLOCKERS.has(tokens[j - 1]!.lower) && next !== undefined && startsSubject(next.text, next.lower)) {
      nextBareBreak[j] = j;
    }
  }
  const quotedBefore = new Int32Array(count + 1);
  for (let k = 0; k < count; k += 1) {
    countWork();
    quotedBefore[k + 1] = quotedBefore[k]! + (isMark[k] || depth[k] !== 0 ? 1 : 0);
  }
  const lastTokenStartingBy = new Int32Array(block.text.length + 1).fill(-1);
  countWork(block.text.length);
  for (let k = 0; k < count; k += 1) lastTokenStartingBy[tokens[k]!.start] = k;
  for (let c = 1; c <= block.text.length; c += 1) {
    if (lastTokenStartingBy[c] === -1) lastTokenStartingBy[c] = lastTokenStartingBy[c - 1]!;
  }
  return { nextPunctuationBreak, nextBareBreak, quotedBefore, lastTokenStartingBy };
}

/**
 * Last token (inclusive) of the clause reported by the verb ending at
 * `after - 1`: up to a clause break (`, but`, `, including`, `; `, a bare
 * `as` before a new subject) or the sentence end. The sentence's full stop is
 * kept only when the statement is the whole sentence.
 */
export function clauseEnd(block: AnalyzedBlock, index: ClauseIndex, after: number, wholeSentenceFrom: boolean): number {
  const { tokens } = block;
  const end = block.sentenceEnd[after - 1]!;
  // A bare break counts only after the clause's first word (`said as he left` is no break).
  const clauseBreak = Math.min(index.nextPunctuationBreak[after]!, index.nextBareBreak[after + 1]!);
  if (clauseBreak < end) return clauseBreak - 1;
  const last = end - 1;
  if (TERMINAL.has(tokens[last]!.text) && !wholeSentenceFrom) return last - 1;
  return last;
}

function startsSubject(text: string, lower: string): boolean {
  return /^\p{Lu}/u.test(text) || SUBJECT_PRONOUNS.has(lower) || DETERMINERS.has(lower) || lower === 'we' || lower === 'i';
}
