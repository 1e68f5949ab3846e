import { countWork } from '../work-meter.ts';

/**
 * The first token at or after a point that has some property, found by
 * scanning forward, remembering the stretch already scanned: a query from a
 * point inside that stretch starts where the last scan stopped. Queries from
 * points that only grow (cue after cue in a block) scan each token about once
 * in all, however many cues share a sentence.
 */
export class ForwardScan {
  readonly #matches: (j: number) => boolean;
  /** No token in `from..reached - 1` matches (empty at first). */
  #from = 0;
  #reached = 0;

  constructor(matches: (j: number) => boolean) {
    this.#matches = matches;
  }

  /** The first token in `from..limit - 1` that matches; `limit` when none does. */
  first(from: number, limit: number): number {
    countWork();
    if (from >= limit) return limit;
    const known = from >= this.#from && from <= this.#reached;
    if (known && this.#reached >= limit) return limit;
    let j = known ? this.#reached : from;
    while (j < limit && !this.#matches(j)) {
      countWork();
      j += 1;
    }
    if (!known) this.#from = from;
    this.#reached = j;
    return j;
  }
}
