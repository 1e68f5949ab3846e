import type { ArticleAnalysis } from '../quotes/analyze-article.ts';
import type { AnalyzedBlock } from '../quotes/analyze-block.ts';
import { cueText } from '../quotes/cue-finders.ts';
import { resolveSpeaker } from '../quotes/resolve-speaker.ts';
import { mayNameReportingVerb, reportingVerbAt, subjectBefore } from '../quotes/speaker-refs.ts';
import type { Statement } from '../types.ts';
import { countWork } from '../work-meter.ts';
import { ClauseIndex, clauseEnd, statementStart } from './clause-extent.ts';
import { carriesContent, contentStartAfterCue } from './content-span.ts';

const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * How far (in characters) a statement's text reaches from its cue, before
 * the cue's first character and after its last. The longest statement in the
 * real articles at hand (../shared/corpus, ../shared/seed, eval/*) is 263
 * characters in all, so no real statement comes near; the bound keeps a
 * sentence that repeats a cue thousands of times from giving each cue the
 * rest of the sentence, which would make the output grow with the square of
 * the sentence. A clause running further is cut at the last whole token within reach.
 */
export const MAX_STATEMENT_REACH = 1_000;

/** A statement with the part of its text that is what was said. */
export interface ReportedStatement extends Statement {
  /**
   * The reported content: the clause after the cue and its own arguments
   * (`told Harbour Radio` / `the talks had failed`), or the sentence before `, X
   * said`. Offsets are in the paragraph, like `start` and `end`, and lie
   * within them.
   */
  content: string;
  contentStart: number;
  contentEnd: number;
}

/**
 * Reported speech without quote marks, in body paragraphs: `Novak said that
 * …` (subject, verb, clause) and `…, Moon has said.` (the cue closing the
 * sentence, perhaps with its own arguments: `…, the minister said in a
 * statement.`). Only statements whose speaker resolves to a person or an
 * organization are kept; a verb that introduces a quote is the quote's cue,
 * not a statement; and a cue with nothing reported (`He tells Sky News`,
 * `the CEO said in a letter to employees`) is no statement.
 */
export function statementsOf(analysis: ArticleAnalysis): Statement[] {
  return reportedStatementsOf(analysis).map(({ content: _content, contentStart: _start, contentEnd: _end, ...statement }) => statement);
}

/** The statements of `statementsOf`, each with its content span. */
export function reportedStatementsOf(analysis: ArticleAnalysis): ReportedStatement[] {
  const statements: ReportedStatement[] = [];
  for (const block of analysis.blocks) {
    if (block.block !== 'body') continue;
    const index = new ClauseIndex(block);
    for (let i = 0; i < block.tokens.length; i += 1) {
      countWork();
      const statement = statementAt(analysis, block, index, i);
      if (statement !== null) statements.push(statement);
    }
  }
  return statements;
}

function statementAt(analysis: ArticleAnalysis, block: AnalyzedBlock, index: ClauseIndex, i: number): ReportedStatement | null {
  // reportingVerbAt names a verb only where mayNameReportingVerb says it may, so the many other tokens
  // skip its search of every cue phrase.
  if (!mayNameReportingVerb(block.tokens[i]!.lower)) return null;
  const verb = reportingVerbAt(block, i);
  if (verb === null || verb.verb === null || block.tokens[i]!.lower.endsWith('ing')) return null;
  const sentenceStart = block.sentenceStart[i]!;
  const subject = subjectBefore(block, i, sentenceStart);
  if (subject === null) return null;
  const speaker = resolveSpeaker(analysis, block, subject);
  if (speaker === null || speaker.certainty < 0.5) return null;

  const { tokens } = block;
  const after = verb.last + 1;
  const sentenceEnd = block.sentenceEnd[i]!;
  const reachStart = tokens[i]!.start - MAX_STATEMENT_REACH;
  const reachEnd = tokens[verb.last]!.end + MAX_STATEMENT_REACH;
  const next = tokens[after];
  let first: number;
  let last: number;
  let contentFirst: number;
  let contentLast: number;
  if (next === undefined || after >= sentenceEnd || TERMINAL.has(next.text)) {
    // `…, Moon has said.`: the cue closes a sentence of reported speech.
    const comma = commaBeforeSubject(block, index, subject.first, sentenceStart);
    if (comma === null) return null;
    first = firstWithinReach(block, index, sentenceStart, comma, reachStart);
    last = lastWithinReach(block, index, after, sentenceEnd - 1, reachEnd);
    contentFirst = first;
    contentLast = comma - 1;
  } else {
    if (!next.isWord || block.isMark[after]) return null;
    first = statementStart(block, subject.first, sentenceStart, reachStart);
    last = lastWithinReach(block, index, after, clauseEnd(block, index, after, first === sentenceStart), reachEnd);
    if (last < after) return null;
    contentFirst = contentStartAfterCue(block, verb.verb, after, last);
    contentLast = last;
    const comma = lastWordAt(block, contentFirst, last) === null ? commaBeforeSubject(block, index, first, sentenceStart) : null;
    if (comma !== null) {
      // `…, the minister said in a statement.`: only the cue's own arguments follow it.
      first = firstWithinReach(block, index, sentenceStart, comma, reachStart);
      last = lastWithinReach(block, index, after, clauseEnd(block, index, after, true), reachEnd);
      contentFirst = first;
      contentLast = comma - 1;
    }
  }
  if (!carriesContent(block, verb.verb, contentFirst, contentLast)) return null;
  const contentEnd = lastWordAt(block, contentFirst, contentLast)!;
  return {
    speaker: speaker.entity.name,
    speakerId: speaker.entity.id,
    cue: cueText(block, verb, false),
    text: block.text.slice(tokens[first]!.start, tokens[last]!.end),
    paragraph: block.paragraph,
    block: block.block,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    content: block.text.slice(tokens[contentFirst]!.start, tokens[contentEnd]!.end),
    contentStart: tokens[contentFirst]!.start,
    contentEnd: tokens[contentEnd]!.end,
  };
}

/** The comma before a subject that closes a sentence of the reporter's own words (`…, Moon has said`); null when there is none. */
function commaBeforeSubject(block: AnalyzedBlock, index: ClauseIndex, subjectFirst: number, sentenceStart: number): number | null {
  const comma = subjectFirst - 1;
  if (comma <= sentenceStart || block.tokens[comma]!.text !== ',') return null;
  if (index.anyQuoted(sentenceStart, comma)) return null;
  return comma;
}

/**
 * `first`, or when the text from there would start more than the reach before
 * the cue, the first token in `first..limit` that starts within it.
 */
function firstWithinReach(block: AnalyzedBlock, index: ClauseIndex, first: number, limit: number, reachStart: number): number {
  if (block.tokens[first]!.start >= reachStart) return first;
  // reachStart > 0 here, since a token starts before it.
  return Math.min(limit, index.lastTokenStartingBy(reachStart - 1) + 1);
}

/** `last`, or when the text to there would end more than the reach after the cue, the last token in `from..last` that ends within it (and at least `from`). */
function lastWithinReach(block: AnalyzedBlock, index: ClauseIndex, from: number, last: number, reachEnd: number): number {
  const { tokens } = block;
  if (last <= from || tokens[last]!.end <= reachEnd) return last;
  // reachEnd is inside the text here, since a token ends after it; tokens do not overlap, so the one before ends within reach.
  let k = index.lastTokenStartingBy(reachEnd);
  if (tokens[k]!.end > reachEnd) k -= 1;
  return Math.max(from, k);
}

/** Index of the last token in `first..last` that is not punctuation, or null: the content ends there, without its full stop. */
function lastWordAt(block: AnalyzedBlock, first: number, last: number): number | null {
  for (let j = last; j >= first; j -= 1) {
    countWork();
    if (block.tokens[j]!.isWord || block.isMark[j] || block.depth[j] !== 0) return j;
  }
  return null;
}
