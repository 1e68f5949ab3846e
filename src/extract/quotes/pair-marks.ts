import type { QuoteMarkFamily } from '../lexicon/quote-marks.ts';
import type { MarkToken } from './scan-marks.ts';

/** A quoted span inside one block of text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offsets of the words between the marks (end exclusive). */
  start: number;
  end: number;
  /** Offset of the closing mark, or null when the span runs to the end of the block. */
  close: number | null;
  closeLength: number;
  family: QuoteMarkFamily;
  /** 0 for a top-level quote, 1 for a quote inside it, … */
  depth: number;
}

interface OpenMark {
  token: MarkToken;
}

/**
 * Pairs marks with a stack, so nesting and mixed marks work and the cost is
 * linear: each mark is pushed and popped at most once. A mark closes when its
 * surroundings say so and a mark of its family is open; otherwise it opens
 * when its surroundings (or, if they say nothing, the table) allow.
 *
 * An opener left at the end closes at the end of the block, so a quote never
 * runs into the next paragraph. Only the outermost one is kept, and an unclosed
 * single mark only when it starts the block or follows a colon (`said: ‘We…`,
 * the first paragraph of a multi-paragraph quote): a stray apostrophe must not
 * turn the rest of a paragraph into a quote.
 */
export function pairMarks(text: string, marks: readonly MarkToken[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: OpenMark[] = [];
  const openCount: Record<QuoteMarkFamily, number> = { double: 0, single: 0, guillemet: 0 };

  for (const token of marks) {
    const family = token.mark.family;
    const contextSilent = !token.opensByContext && !token.closesByContext;
    const mayClose = openCount[family] > 0 && (token.closesByContext || (contextSilent && token.mark.role !== 'open'));
    if (mayClose) {
      let opener = stack.pop();
      while (opener !== undefined && opener.token.mark.family !== family) {
        openCount[opener.token.mark.family] -= 1;
        opener = stack.pop();
      }
      if (opener === undefined) continue;
      openCount[family] -= 1;
      const { start, end } = trimmed(text, opener.token.index + opener.token.length, token.index);
      if (end > start) {
        spans.push({ open: opener.token.index, start, end, close: token.index, closeLength: token.length, family, depth: 0 });
      }
      continue;
    }
    const silentOpener = contextSilent && (token.mark.role !== 'close' || openCount[family] === 0) && !(token.mark.apostrophe && token.mark.role !== 'open');
    if (token.opensByContext || silentOpener) {
      stack.push({ token });
      openCount[family] += 1;
    }
  }

  const outermost = stack[0];
  if (outermost !== undefined) {
    const { start, end } = trimmed(text, outermost.token.index + outermost.token.length, text.length);
    const before = text.slice(0, outermost.token.index).trimEnd();
    const introduced = before === '' || before.endsWith(':');
    if (end > start && (outermost.token.mark.family !== 'single' || introduced)) {
      spans.push({ open: outermost.token.index, start, end, close: null, closeLength: 0, family: outermost.token.mark.family, depth: 0 });
    }
  }
  return withDepths(spans);
}

/** The inner text without the spaces French typography puts inside « guillemets ». */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

/**
 * How deep a quote may sit inside others and still count: a quote, a quote
 * within it, and one within that. Deeper marks are typography run wild, not
 * speech, and each kept level holds at most the whole block, so the text of
 * all quotes together stays within a few times the block's length.
 */
export const MAX_QUOTE_DEPTH = 2;

/** Sorts spans in text order, sets each one's nesting depth and drops those nested deeper than MAX_QUOTE_DEPTH. */
function withDepths(spans: QuoteSpan[]): QuoteSpan[] {
  spans.sort((a, b) => a.open - b.open);
  const enclosing: QuoteSpan[] = [];
  const kept: QuoteSpan[] = [];
  for (const span of spans) {
    while (enclosing.length > 0 && spanEnd(enclosing[enclosing.length - 1]!) <= span.open) enclosing.pop();
    span.depth = enclosing.length;
    enclosing.push(span);
    if (span.depth <= MAX_QUOTE_DEPTH) kept.push(span);
  }
  return kept;
}

function spanEnd(span: QuoteSpan): number {
  return span.close === null ? span.end : span.close + span.closeLength;
}
