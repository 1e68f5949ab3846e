/**
 * Spans inside one text block (title, caption or a body paragraph) and the
 * narration of a block: what the features of the learned decisions read.
 */
import type { ArticleText, Location, Quote } from '../types.ts';

export interface Span {
  start: number;
  end: number;
}

/** Where a location sits: its block and paragraph. */
export type BlockRef = Pick<Location, 'block' | 'paragraph'>;

/** Reading order of a location: title, caption, then body paragraphs. */
export function order(location: BlockRef): number {
  if (location.block === 'title') return -2;
  if (location.block === 'caption') return -1;
  return location.paragraph;
}

/**
 * A block's key in maps: its reading order, unique per block. A number,
 * because a key string built for every lookup is hashed for every lookup.
 */
export const blockKey: (location: BlockRef) => number = order;

export function sameBlock(a: BlockRef, b: BlockRef): boolean {
  return a.block === b.block && a.paragraph === b.paragraph;
}

export function blockText(text: ArticleText, location: BlockRef): string {
  if (location.block === 'title') return text.title ?? '';
  if (location.block === 'caption') return text.caption ?? '';
  return text.paragraphs[location.paragraph] ?? '';
}

/** What quoted text is replaced by in the narration: no letter, no space, no sentence end. */
export const FILL = '\u0000';

/**
 * The block's text with every quoted span (and its marks) filled with FILL,
 * so searches see only the narration and offsets stay those of the block.
 * The block is copied once, in runs, whatever the number of quotes.
 */
export function narration(block: string, quotes: readonly Span[]): string {
  if (quotes.length === 0) return block;
  // Widened by one on each side to fill the quote marks too, then walked in order: overlapping or nested spans fill once.
  const filled = quotes
    .map((q) => ({ start: Math.max(0, q.start - 1), end: Math.min(block.length, q.end + 1) }))
    .filter((span) => span.start < span.end)
    .sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const span of filled) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    parts.push(block.slice(at, start), FILL.repeat(span.end - start));
    at = span.end;
  }
  parts.push(block.slice(at));
  return parts.join('');
}

/** A block's narration, asked for by location. */
export type NarrationOf = (location: BlockRef) => string;

/**
 * The narration of each block of one extraction, computed the first time a
 * block is asked for: the speaker candidates and the rules' own features both
 * read it, and one memo passed to both keeps it to once per block.
 */
export function narrationsOf(quotes: readonly Quote[], text: ArticleText): NarrationOf {
  const quotesByBlock = new Map<number, Quote[]>();
  for (const quote of quotes) {
    const key = blockKey(quote);
    const list = quotesByBlock.get(key);
    if (list === undefined) quotesByBlock.set(key, [quote]);
    else list.push(quote);
  }
  const done = new Map<number, string>();
  return (location) => {
    const key = blockKey(location);
    let narrated = done.get(key);
    if (narrated === undefined) {
      narrated = narration(blockText(text, location), quotesByBlock.get(key) ?? []);
      done.set(key, narrated);
    }
    return narrated;
  };
}

/** Index of the first span starting at or after `offset` in spans sorted by start (binary search). */
function firstFrom(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The spans (sorted by start) nearest `around`: the `near` before it, up to
 * `near` inside it and the `near` after it. What a quote's features read of
 * its block, so the work per quote is bounded however crowded the block is.
 */
export function spansAround<T extends Span>(spans: readonly T[], around: Span, near: number): T[] {
  const from = firstFrom(spans, around.start);
  const after = firstFrom(spans, around.end);
  return [
    ...spans.slice(Math.max(0, from - near), from),
    ...spans.slice(from, Math.min(after, from + near)),
    ...spans.slice(after, after + near),
  ];
}

export function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

export function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
