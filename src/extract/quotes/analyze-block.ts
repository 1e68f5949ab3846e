import { isTerminal } from '../analysis/characters.ts';
import { ABBREVIATION_KEYS } from '../lexicon/abbreviations.ts';
import type { Block, EntityMention } from '../types.ts';
import { pairMarks, type QuoteSpan } from './pair-marks.ts';
import { scanMarks } from './scan-marks.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One block of text (the title, the caption or one body paragraph), read once. */
export interface AnalyzedBlock {
  block: Block;
  paragraph: number;
  /** Position in reading order over all blocks; orders events across blocks. */
  order: number;
  text: string;
  tokens: Token[];
  spans: QuoteSpan[];
  /** Per token: how many quotes it lies inside (0 = the reporter's own words). */
  depth: number[];
  /** Per token: 1 for a quote mark that opens or closes a span, else 0. */
  isMark: number[];
  /** Per token: index of the first token of its sentence (sentences of the reporter's text). */
  sentenceStart: number[];
  /** Per token: index one past the last token of its sentence. */
  sentenceEnd: number[];
  /** Per token: the mention whose last token it is. */
  mentionEnding: (EntityMention | undefined)[];
  /** Per token: the mention whose first token it is. */
  mentionStarting: (EntityMention | undefined)[];
  /** Per span (same order as `spans`): token index of the opening mark. */
  openToken: number[];
  /** Per span: token index of the closing mark, or the token count when unclosed. */
  closeToken: number[];
  /** A quote left open ends where the next one opens (see pairMarks): paragraphs ran together into this block. */
  runTogether: boolean;
}

const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

export function analyzeBlock(block: Block, paragraph: number, order: number, text: string, mentions: readonly EntityMention[]): AnalyzedBlock {
  const tokens = tokenize(text);
  const spans = pairMarks(text, scanMarks(text));
  const tokenAt = (offset: number): number => tokenIndexAt(tokens, offset);

  // Plain arrays of small integers: an ArrayBuffer is allocated outside the heap by a call into the runtime
  // and tracked by the collector, which cost more per block than filling the arrays.
  const count = tokens.length;
  const depth = zeros(count);
  const sentenceStart = zeros(count);
  const sentenceEnd = zeros(count);
  const isMark = zeros(count);
  const openToken: number[] = [];
  const closeToken: number[] = [];
  // Most paragraphs quote nobody: every depth stays 0.
  if (spans.length > 0) {
    for (const span of spans) {
      const open = tokenAt(span.open);
      isMark[open] = 1;
      openToken.push(open);
      if (span.close === null) {
        closeToken.push(count);
      } else {
        const close = tokenAt(span.close);
        isMark[close] = 1;
        closeToken.push(close);
      }
    }
    // A token's depth is the spans begun at or before its start less those ended there; tokens come in text order.
    const starts = spans.map((span) => span.start).sort((a, b) => a - b);
    const ends = spans.map((span) => span.end).sort((a, b) => a - b);
    let begun = 0;
    let ended = 0;
    for (let i = 0; i < count; i += 1) {
      const at = tokens[i]!.start;
      while (begun < starts.length && starts[begun]! <= at) begun += 1;
      while (ended < ends.length && ends[ended]! <= at) ended += 1;
      depth[i] = isMark[i] ? 0 : begun - ended;
    }
  }

  markSentences(tokens, depth, sentenceStart, sentenceEnd);

  const mentionEnding: (EntityMention | undefined)[] = new Array(tokens.length);
  const mentionStarting: (EntityMention | undefined)[] = new Array(tokens.length);
  for (const mention of mentions) {
    if (mention.start < 0 || mention.end > text.length || mention.end <= mention.start) continue;
    const first = tokenAt(mention.start);
    const last = tokenAt(mention.end - 1);
    if (first < 0 || last < 0) continue;
    mentionStarting[first] ??= mention;
    mentionEnding[last] = mention;
  }

  const runTogether = spans.some((span) => span.cutShort);
  return { block, paragraph, order, text, tokens, spans, depth, isMark, sentenceStart, sentenceEnd, mentionEnding, mentionStarting, openToken, closeToken, runTogether };
}

/** `count` zeros in a packed array of small integers. */
function zeros(count: number): number[] {
  const array: number[] = [];
  for (let i = 0; i < count; i += 1) array.push(0);
  return array;
}

/**
 * Index of the token covering character `offset` (-1 for a space between
 * tokens or an offset past the text), by binary search over the tokens, which
 * are in order and do not overlap: a block looks up only its marks and
 * mentions, far fewer than its characters.
 */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const token = tokens[middle]!;
    if (offset < token.start) high = middle - 1;
    else if (offset >= token.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * Sentences of the reporter's text, written per token into the two tables: a
 * full stop inside a quote does not end the sentence that frames the quote,
 * and neither does an abbreviation (`Dr.`).
 */
function markSentences(tokens: readonly Token[], depth: readonly number[], sentenceStart: number[], sentenceEnd: number[]): void {
  let start = 0;
  const close = (endExclusive: number): void => {
    for (let i = start; i < endExclusive; i += 1) {
      sentenceStart[i] = start;
      sentenceEnd[i] = endExclusive;
    }
    start = endExclusive;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (depth[i] !== 0 || !isTerminal(token.text)) continue;
    const previous = tokens[i - 1];
    if (token.text === '.' && previous !== undefined && previous.end === token.start && isAbbreviation(previous)) continue;
    // Past closing brackets (`Reid (D-Nev.) said`): a lower-case word or a comma goes on with the same sentence
    // (`Thompson, R-Pa., said`), as Unicode's sentence breaks also read it.
    let after = i + 1;
    while (after < tokens.length && CLOSING_BRACKETS.has(tokens[after]!.text)) after += 1;
    const next = tokens[after];
    if (next !== undefined && ((next.isWord && !UPPER_OR_DIGIT.test(next.text)) || CLAUSE_PUNCTUATION.has(next.text))) continue;
    // `beside Nancy Pelosi (D-Calif.).`: the stop after the bracket is the sentence's own, and it ends there.
    if (after > i + 1 && next !== undefined && isTerminal(next.text)) continue;
    // The brackets closing after the full stop belong to its sentence: `(see below.)`.
    close(after);
  }
  close(tokens.length);
}

const CLOSING_BRACKETS: ReadonlySet<string> = new Set([')', ']']);
/** Marks that never open a sentence: after them a full stop was an abbreviation's. */
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', ';']);

function isAbbreviation(token: Token): boolean {
  if (ABBREVIATION_KEYS.has(token.lower)) return true;
  // An initial: `J. K. Rowling`, `U.S.`
  return /^\p{Lu}$/u.test(token.text) || /^(?:\p{L}\.)+\p{L}$/u.test(token.text);
}
