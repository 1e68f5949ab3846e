import type { ArticleAnalysis } from '../quotes/analyze-article.ts';
import type { AnalyzedBlock } from '../quotes/analyze-block.ts';
import { cueText } from '../quotes/cue-finders.ts';
import { resolveSpeaker } from '../quotes/resolve-speaker.ts';
import { reportingVerbAt, subjectBefore } from '../quotes/speaker-refs.ts';
import type { Statement } from '../types.ts';
import { clauseEnd, statementStart } from './clause-extent.ts';

const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * Reported speech without quote marks, in body paragraphs: `Novak said that
 * …` (subject, verb, clause) and `…, Moon has said.` (the cue closing the
 * sentence). Only statements whose speaker resolves to a person or an
 * organization are kept; a verb that introduces a quote is the quote's cue,
 * not a statement.
 */
export function statementsOf(analysis: ArticleAnalysis): Statement[] {
  const statements: Statement[] = [];
  for (const block of analysis.blocks) {
    if (block.block !== 'body') continue;
    for (let i = 0; i < block.tokens.length; i += 1) {
      const statement = statementAt(analysis, block, i);
      if (statement !== null) statements.push(statement);
    }
  }
  return statements;
}

function statementAt(analysis: ArticleAnalysis, block: AnalyzedBlock, i: number): Statement | null {
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
  if (next === undefined || after >= sentenceEnd || TERMINAL.has(next.text)) {
    // `…, Moon has said.`: the cue closes a sentence of reported speech.
    const comma = subject.first - 1;
    if (comma <= sentenceStart || tokens[comma]!.text !== ',') return null;
    for (let k = sentenceStart; k < comma; k += 1) if (block.isMark[k] || block.depth[k] !== 0) return null;
    first = sentenceStart;
    last = sentenceEnd - 1;
  } else {
    if (!next.isWord || block.isMark[after]) return null;
    first = statementStart(block, subject.first, sentenceStart);
    last = clauseEnd(block, after, first === sentenceStart);
    if (last < after) return null;
  }
  return {
    speaker: speaker.entity.name,
    speakerId: speaker.entity.id,
    cue: cueText(block, verb, false),
    text: block.text.slice(tokens[first]!.start, tokens[last]!.end),
    paragraph: block.paragraph,
    block: block.block,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
  };
}
