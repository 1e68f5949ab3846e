import type { InContext } from '../graph/sentences.ts';

export interface Highlighted {
  before: string;
  marked: string;
  after: string;
}

/** What a page shows where a context was cut short of its sentence. */
export const CLIPPED_MARK = '…';

/**
 * A sentence cut around the span it holds, for `before<mark>marked</mark>after`;
 * an ellipsis stands where the context left words of the sentence out.
 */
export function highlight(context: InContext): Highlighted {
  const start = Math.max(0, Math.min(context.start, context.sentence.length));
  const end = Math.max(start, Math.min(context.end, context.sentence.length));
  const before = context.sentence.slice(0, start);
  const after = context.sentence.slice(end);
  return {
    before: context.clippedStart === true ? `${CLIPPED_MARK} ${before}` : before,
    marked: context.sentence.slice(start, end),
    after: context.clippedEnd === true ? `${after} ${CLIPPED_MARK}` : after,
  };
}
