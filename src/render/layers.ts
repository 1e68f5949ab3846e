import type { EntityMention } from '../extract/types.ts';
import type { SiteQuoteRecord } from '../graph/site-extraction.ts';

/** A span to mark up in one block of text, clipped so spans of one layer never overlap. */
export interface Marked<T> {
  start: number;
  end: number;
  item: T;
  /** The original span began here (a clipped span keeps its anchor only if it did). */
  first: boolean;
}

/**
 * Quotes form the outer layer and mentions the inner one; within a layer two
 * spans must not overlap, or the HTML could not nest. Spans are kept in
 * reading order and a later span that overlaps an earlier one is clipped to
 * start after it, so no span is silently dropped unless it is fully covered.
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

/** The spans of one block of text, one layer per kind of markup. */
export interface BlockLayers {
  quotes: Marked<SiteQuoteRecord>[];
  mentions: Marked<EntityMention>[];
}

export function blockLayers(
  quotes: readonly SiteQuoteRecord[],
  mentions: readonly EntityMention[],
  length: number,
): BlockLayers {
  return { quotes: layer(quotes, length), mentions: layer(mentions, length) };
}

/** The span of `layer` covering offset `at`, if any. */
export function spanAt<T>(spans: readonly Marked<T>[], at: number): Marked<T> | undefined {
  return spans.find((span) => span.start <= at && at < span.end);
}
