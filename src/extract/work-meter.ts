/**
 * A running count of the steps extraction's scanning loops take, so tests can
 * check that work grows with the text and not with its square without timing
 * anything (a busy machine cannot make a count pass or fail). Counting is one
 * integer addition per loop, so it stays on.
 */
let steps = 0;

/** Adds `count` steps (a loop's trip count, or 1 per step). */
export function countWork(count = 1): void {
  steps += count;
}

/** Steps counted since the last reset. */
export function workDone(): number {
  return steps;
}

export function resetWork(): void {
  steps = 0;
}
