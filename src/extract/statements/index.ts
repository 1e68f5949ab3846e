import type { ArticleAnalysis } from '../quotes/analyze-article.ts';
import type { AnalyzedBlock } from '../quotes/analyze-block.ts';
import { cueText } from '../quotes/cue-finders.ts';
import { resolveSpeaker } from '../quotes/resolve-speaker.ts';
import { reportingVerbAt, subjectBefore } from '../quotes/speaker-refs.ts';
import type { Statement } from '../types.ts';
import { clauseEnd, statementStart } from './clause-extent.ts';
import { carriesContent, contentStartAfterCue } from './content-span.ts';

const TERMINAL = new Set(['.', '!', '?', '…']);

/** A statement with the part of its text that is what was said. */
export interface ReportedStatement extends Statement {
  /**
   * The reported content: the clause after the cue and its own arguments
   * (`told Sky News` / `the talks had failed`), or the sentence before `, X
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
    for (let i = 0; i < block.tokens.length; i += 1) {
      const statement = statementAt(analysis, block, i);
      if (statement !== null) statements.push(statement);
    }
  }
  return statements;
}

function statementAt(analysis: ArticleAnalysis, block: AnalyzedBlock, i: number): ReportedStatement | null {
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
  const next = tokens[after];
  let first: number;
  let last: number;
  let contentFirst: number;
  let contentLast: number;
  if (next === undefined || after >= sentenceEnd || TERMINAL.has(next.text)) {
    // `…, Moon has said.`: the cue closes a sentence of reported speech.
    const comma = commaBeforeSubject(block, subject.first, sentenceStart);
    if (comma === null) return null;
    first = sentenceStart;
    last = sentenceEnd - 1;
    contentFirst = sentenceStart;
    contentLast = comma - 1;
  } else {
    if (!next.isWord || block.isMark[after]) return null;
    first = statementStart(block, subject.first, sentenceStart);
    last = clauseEnd(block, after, first === sentenceStart);
    if (last < after) return null;
    contentFirst = contentStartAfterCue(block, verb.verb, after, last);
    contentLast = last;
    const comma = lastWordAt(block, contentFirst, last) === null ? commaBeforeSubject(block, first, sentenceStart) : null;
    if (comma !== null) {
      // `…, the minister said in a statement.`: only the cue's own arguments follow it.
      first = sentenceStart;
      last = clauseEnd(block, after, true);
      contentFirst = sentenceStart;
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
function commaBeforeSubject(block: AnalyzedBlock, subjectFirst: number, sentenceStart: number): number | null {
  const comma = subjectFirst - 1;
  if (comma <= sentenceStart || block.tokens[comma]!.text !== ',') return null;
  for (let k = sentenceStart; k < comma; k += 1) if (block.isMark[k] || block.depth[k] !== 0) return null;
  return comma;
}

/** Index of the last token in `first..last` that is not punctuation, or null: the content ends there, without its full stop. */
function lastWordAt(block: AnalyzedBlock, first: number, last: number): number | null {
  for (let j = last; j >= first; j -= 1) if (block.tokens[j]!.isWord || block.isMark[j] || block.depth[j] !== 0) return j;
  return null;
}
