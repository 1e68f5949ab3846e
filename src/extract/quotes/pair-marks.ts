import { isTerminal } from '../analysis/characters.ts';
import { QUOTE_MARK_BY_TEXT, type QuoteMarkFamily } from '../lexicon/quote-marks.ts';
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
  /** Unclosed, it ends where the next quote of its family opens: paragraphs ran together into one block. */
  cutShort: boolean;
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
 * An opener left at the end is a quote without a closing mark (see
 * unclosedSpans): it never runs into the next paragraph.
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
        spans.push({ open: opener.token.index, start, end, close: token.index, closeLength: token.length, family, depth: 0, cutShort: false });
      }
      continue;
    }
    const silentOpener = contextSilent && (token.mark.role !== 'close' || openCount[family] === 0) && !(token.mark.apostrophe && token.mark.role !== 'open');
    if (token.opensByContext || silentOpener) {
      stack.push({ token });
      openCount[family] += 1;
    }
  }

  // A loop, not a spread: a block of stray marks can leave more openers than a call takes arguments.
  for (const span of unclosedSpans(text, stack, spans)) spans.push(span);
  return withDepths(spans);
}

/**
 * The quotes whose closing mark never came. Each ends at the end of the block,
 * or where the next quote with a mark of its own family opens: a quote cannot
 * hold one marked like itself (`"…'…'…"`, never `"…"…"…"`), so that quote
 * begins a new one. This is the multi-paragraph convention (`"First
 * paragraph` then `"Second," she said.`) run into one block, or a closing
 * mark dropped. Such a paragraph ends a sentence; marks left open that cut
 * no sentence short (`"Delta "Delta "Delta`) are no quotes. As before, the
 * first opener left open runs to the end of the block when nothing of its
 * family follows. An unclosed single mark counts only when it starts the block
 * or follows a colon (`said: ‘We…`): a stray apostrophe must not turn the
 * rest of a paragraph into a quote.
 */
function unclosedSpans(text: string, openers: readonly OpenMark[], closed: readonly QuoteSpan[]): QuoteSpan[] {
  // Where quotes open, per family and in text order; the openers are in text order, so one pointer per family finds the next.
  const opens: Record<QuoteMarkFamily, number[]> = { double: [], single: [], guillemet: [] };
  for (const span of closed) opens[span.family].push(span.open);
  for (const { token } of openers) opens[token.mark.family].push(token.index);
  for (const list of Object.values(opens)) list.sort((a, b) => a - b);
  const next: Record<QuoteMarkFamily, number> = { double: 0, single: 0, guillemet: 0 };
  const spans: QuoteSpan[] = [];
  // Whether the last opener of each family was kept as a paragraph that ran into the next.
  const runOn: Record<QuoteMarkFamily, boolean> = { double: false, single: false, guillemet: false };
  openers.forEach(({ token }, i) => {
    const family = token.mark.family;
    const list = opens[family];
    while (next[family] < list.length && list[next[family]]! <= token.index) next[family] += 1;
    const nextOpen = list[next[family]] ?? text.length;
    const cutShort = nextOpen < text.length;
    const { start, end } = trimmed(text, token.index + token.length, nextOpen);
    // A paragraph of a multi-paragraph quote ends a sentence; the last runs to the end of the block after such a paragraph, or alone.
    const kept = cutShort ? endsSentence(text, end) : i === 0 || runOn[family];
    runOn[family] = kept && cutShort;
    if (kept && end > start && (family !== 'single' || introduced(text, token.index))) {
      spans.push({ open: token.index, start, end, close: null, closeLength: 0, family, depth: 0, cutShort });
    }
  });
  return spans;
}

/** The text before `end` ends a sentence, quote marks and brackets after its full stop aside: `‘Pagan.’`, `(… ends.)`. */
function endsSentence(text: string, end: number): boolean {
  let last = end - 1;
  while (last >= 0 && (QUOTE_MARK_BY_TEXT.has(text[last]!) || text[last] === ')' || text[last] === ']')) last -= 1;
  return last >= 0 && isTerminal(text[last]!);
}

/** The mark at `at` starts its block or follows a colon, spaces aside. */
function introduced(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /\s/u.test(text[before]!)) before -= 1;
  return before < 0 || text[before] === ':';
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
