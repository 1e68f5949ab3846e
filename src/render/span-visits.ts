/**
 * A running count of the span visits the renderer makes while cutting text
 * into pieces, so tests can check that work grows with the number of spans
 * and not with its square without timing anything (a busy machine cannot
 * make a count pass or fail). One integer addition per visit, so it stays on.
 */
let visits = 0;

/** Adds `count` visits (a loop's trip count, or 1 per span looked at). */
export function countSpanVisits(count = 1): void {
  visits += count;
}

/** Visits counted since the last reset. */
export function spanVisits(): number {
  return visits;
}

export function resetSpanVisits(): void {
  visits = 0;
}
