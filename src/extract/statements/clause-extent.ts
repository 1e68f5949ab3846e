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
import { ForwardScan } from './forward-scan.ts';

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
 * Where a block's clauses break and where its quoted text lies, looked up
 * cue after cue without scanning the same stretch of a sentence again: a
 * sentence with thousands of cues would otherwise be scanned thousands of
 * times.
 */
export class ClauseIndex {
  readonly #block: AnalyzedBlock;
  /** Breaks after a comma or at a semicolon (`, but`, `, including`, `; `). */
  readonly #punctuationBreaks: ForwardScan;
  /** Bare breaks before a new subject (`as he`); one right after the verb is none, so it is looked up from the token after. */
  readonly #bareBreaks: ForwardScan;
  /** Quote marks and quoted text. */
  readonly #quoted: ForwardScan;
  /** Per character offset c: the last token starting at or before c, -1 before the first; built when first needed. */
  #lastTokenStartingBy: Int32Array | null = null;

  constructor(block: AnalyzedBlock) {
    this.#block = block;
    const { tokens, depth, isMark } = block;
    const plain = (j: number) => depth[j] === 0 && !isMark[j];
    this.#punctuationBreaks = new ForwardScan((j) => {
      if (!plain(j)) return false;
      const token = tokens[j]!;
      const next = tokens[j + 1];
      if (token.text === ';') return true;
      return token.text === ',' && next !== undefined && (CLAUSE_BREAKS_AFTER_COMMA.has(next.lower) || /^\p{Ll}+ing$/u.test(next.text));
    });
    this.#bareBreaks = new ForwardScan((j) => {
      if (!plain(j) || j === 0) return false;
      const next = tokens[j + 1];
      return CLAUSE_BREAKS_BARE.has(tokens[j]!.lower) && !BARE_BREAK_BLOCKERS.has(tokens[j - 1]!.lower) && next !== undefined && startsSubject(next.text, next.lower);
    });
    this.#quoted = new ForwardScan((j) => !plain(j));
  }

  /** The first clause break in `after..end - 1` for a clause starting at `after`; `end` when there is none. */
  clauseBreak(after: number, end: number): number {
    return Math.min(this.#punctuationBreaks.first(after, end), this.#bareBreaks.first(after + 1, end));
  }

  /** Whether any token in `from..to - 1` is a quote mark or quoted text. */
  anyQuoted(from: number, to: number): boolean {
    return this.#quoted.first(from, to) < to;
  }

  /** The last token starting at or before character offset `offset` (within the text), -1 when none does. */
  lastTokenStartingBy(offset: number): number {
    if (this.#lastTokenStartingBy === null) {
      const { tokens, text } = this.#block;
      const index = new Int32Array(text.length + 1).fill(-1);
      countWork(text.length);
      for (let k = 0; k < tokens.length; k += 1) index[tokens[k]!.start] = k;
      for (let c = 1; c <= text.length; c += 1) if (index[c] === -1) index[c] = index[c - 1]!;
      this.#lastTokenStartingBy = index;
    }
    return this.#lastTokenStartingBy[offset]!;
  }
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
  const clauseBreak = index.clauseBreak(after, end);
  if (clauseBreak < end) return clauseBreak - 1;
  const last = end - 1;
  if (TERMINAL.has(tokens[last]!.text) && !wholeSentenceFrom) return last - 1;
  return last;
}

function startsSubject(text: string, lower: string): boolean {
  return /^\p{Lu}/u.test(text) || SUBJECT_PRONOUNS.has(lower) || DETERMINERS.has(lower) || lower === 'we' || lower === 'i';
}
