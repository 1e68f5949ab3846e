import type { InContext } from '../graph/sentences.ts';

export interface Highlighted {
  before: string;
  marked: string;
  after: string;
}

/** A sentence cut around the span it holds, for `before<mark>marked</mark>after`. */
export function highlight(context: InContext): Highlighted {
  const start = Math.max(0, Math.min(context.start, context.sentence.length));
  const end = Math.max(start, Math.min(context.end, context.sentence.length));
  return {
    before: context.sentence.slice(0, start),
    marked: context.sentence.slice(start, end),
    after: context.sentence.slice(end),
  };
}
