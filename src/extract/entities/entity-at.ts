import type { Block, EntityMention } from '../types.ts';

/**
 * The mention that overlaps a span of one block, for the quote attributor:
 * given the offsets of a speaker phrase it answers which entity that is.
 * When several overlap, the one covering most of the span wins.
 */
export function entityAt(
  mentions: readonly EntityMention[],
  block: Block,
  paragraph: number,
  start: number,
  end: number,
): EntityMention | undefined {
  let best: EntityMention | undefined;
  let bestOverlap = 0;
  for (const mention of mentions) {
    if (mention.block !== block || mention.paragraph !== paragraph) continue;
    const overlap = Math.min(end, mention.end) - Math.max(start, mention.start);
    // An empty span (start === end) still finds the mention it points into.
    const touches = overlap > 0 || (start === end && mention.start <= start && start < mention.end);
    if (touches && (best === undefined || overlap > bestOverlap)) {
      best = mention;
      bestOverlap = overlap;
    }
  }
  return best;
}
