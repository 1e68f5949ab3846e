import { QUOTE_MARKS } from '../extract/lexicon/quote-marks.ts';
import type { EntityMention } from '../extract/types.ts';
import type { SiteQuoteRecord } from '../graph/site-extraction.ts';
import { countSpanVisits } from './span-visits.ts';

/** A span to mark up in one block of text, clipped so spans of one layer never overlap. */
export interface Marked<T> {
  start: number;
  end: number;
  item: T;
  /** The original span began here (a clipped span keeps its anchor only if it did). */
  first: boolean;
}

/**
 * Mentions form a flat layer: two must not overlap, or the HTML could not
 * nest. Spans are kept in reading order and a later span that overlaps an
 * earlier one is clipped to start after it; only a fully covered one is dropped.
 */
export function layer<T extends { start: number; end: number }>(items: readonly T[], length: number): Marked<T>[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Marked<T>[] = [];
  let covered = 0;
  for (const item of sorted) {
    const start = Math.max(item.start, covered, 0);
    const end = Math.min(item.end, length);
    if (start >= end) continue;
    kept.push({ start, end, item, first: start === item.start });
    covered = end;
  }
  return kept;
}

/** A span that may sit inside others: depth 0 is outermost. */
export interface Nested<T> extends Marked<T> {
  depth: number;
}

/**
 * Quotes may nest (a quote inside a quote), so they are kept as a tree: a
 * span that crosses the end of an enclosing one is cut at that end, which
 * keeps its start, and so its anchor, where it was.
 */
export function nest<T extends { start: number; end: number }>(items: readonly T[], length: number): Nested<T>[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Nested<T>[] = [];
  const open: Nested<T>[] = [];
  for (const item of sorted) {
    const start = Math.max(item.start, 0);
    while (open.length > 0 && (open[open.length - 1] as Nested<T>).end <= start) open.pop();
    const enclosing = open[open.length - 1];
    const end = Math.min(item.end, length, enclosing ? enclosing.end : length);
    if (start >= end) continue;
    const span = { start, end, item, first: start === item.start, depth: open.length };
    kept.push(span);
    open.push(span);
  }
  return kept;
}

/** The spans of one block of text: nested quotes outside, flat mentions inside. */
export interface BlockLayers {
  quotes: Nested<SiteQuoteRecord>[];
  mentions: Marked<EntityMention>[];
}

export function blockLayers(
  quotes: readonly SiteQuoteRecord[],
  mentions: readonly EntityMention[],
  text: string,
): BlockLayers {
  const widened = quotes.map((quote) => ({ ...quote, ...withMarks(text, quote.start, quote.end) }));
  return { quotes: nest(widened, text.length), mentions: layer(mentions, text.length) };
}

/**
 * A quote's span widened to take in the marks written around it. Extraction
 * spans hold only the words; the element holds the marks too, so the speaker
 * link placed after it reads after the closing mark, not inside the quote.
 * A multi-paragraph quote has no closing mark in its earlier paragraphs.
 */
function withMarks(text: string, start: number, end: number): { start: number; end: number } {
  const before = QUOTE_MARKS.find(({ mark }) => start >= mark.length && text.startsWith(mark, start - mark.length));
  const after = QUOTE_MARKS.find(({ mark }) => text.startsWith(mark, end));
  return { start: start - (before?.mark.length ?? 0), end: end + (after?.mark.length ?? 0) };
}

/**
 * The spans of one block, read left to right. Each function answers for an
 * offset at least as large as the last one it was asked about, walking a
 * pointer through spans sorted once, so a block with n spans and m pieces
 * costs O(n + m) lookups instead of O(n * m). Asking about an earlier offset
 * is a bug in the caller and throws.
 */
export interface SpanSweep<Q, M> {
  /** The span boundaries strictly between `from` and `to`, ascending, without repeats. */
  cutsWithin(from: number, to: number): number[];
  /** Every quote covering `at`, outermost first. */
  quotesAt(at: number): Nested<Q>[];
  /** The mention covering `at`, if any. */
  mentionAt(at: number): Marked<M> | undefined;
}

export function spanSweep<Q, M>(quotes: readonly Nested<Q>[], mentions: readonly Marked<M>[]): SpanSweep<Q, M> {
  return {
    cutsWithin: boundarySweep([...quotes, ...mentions]),
    quotesAt: nestedSweep(quotes),
    mentionAt: flatSweep(mentions),
  };
}

function forwardOnly(what: string): (at: number) => void {
  let last = -Infinity;
  return (at) => {
    if (at < last) throw new Error(`${what}: asked about offset ${at} after offset ${last}; a sweep only moves forward`);
    last = at;
  };
}

function boundarySweep(spans: readonly { start: number; end: number }[]): (from: number, to: number) => number[] {
  const points = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  countSpanVisits(spans.length);
  const check = forwardOnly('span boundaries');
  let next = 0;
  return (from, to) => {
    check(from);
    const cuts: number[] = [];
    for (; next < points.length && (points[next] as number) <= from; next += 1) countSpanVisits();
    for (let at = next; at < points.length && (points[at] as number) < to; at += 1) {
      countSpanVisits();
      cuts.push(points[at] as number);
    }
    return cuts;
  };
}

/**
 * Nested spans (as `nest` makes them, in its order) form a tree, so the
 * spans covering an offset are one chain from the outermost in: a stack
 * that the sweep pushes on as spans start and pops as they end.
 */
function nestedSweep<T>(spans: readonly Nested<T>[]): (at: number) => Nested<T>[] {
  const check = forwardOnly('nested spans');
  const open: Nested<T>[] = [];
  let next = 0;
  const closeBefore = (at: number): void => {
    while (open.length > 0 && (open[open.length - 1] as Nested<T>).end <= at) {
      countSpanVisits();
      open.pop();
    }
  };
  return (at) => {
    check(at);
    for (; next < spans.length && (spans[next] as Nested<T>).start <= at; next += 1) {
      const span = spans[next] as Nested<T>;
      countSpanVisits();
      closeBefore(span.start);
      open.push(span);
    }
    closeBefore(at);
    return [...open];
  };
}

/** Flat spans (as `layer` makes them) never overlap, so at most one covers an offset. */
function flatSweep<T>(spans: readonly Marked<T>[]): (at: number) => Marked<T> | undefined {
  const check = forwardOnly('flat spans');
  let next = 0;
  return (at) => {
    check(at);
    for (; next < spans.length && (spans[next] as Marked<T>).end <= at; next += 1) countSpanVisits();
    const span = spans[next];
    return span !== undefined && span.start <= at ? span : undefined;
  };
}
