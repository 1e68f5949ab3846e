/**
 * Numbers as the speaker features write them: in a few named buckets, so a
 * saved model stays readable and a value never seen simply has no weight.
 * Every label is a string made once (see feature-ids.ts for why that matters).
 */

/** Counts up to this get a label made once; larger tops are spelled when asked. */
const LABELLED_COUNTS = 16;
const COUNT_LABELS: readonly string[] = Array.from({ length: LABELLED_COUNTS }, (_, n) => String(n));
const TOP_LABELS: readonly string[] = Array.from({ length: LABELLED_COUNTS }, (_, n) => `${n}+`);

/** `0`, `1`, …, `<top>+`. */
export function countBucket(count: number, top: number): string {
  if (count >= top) return TOP_LABELS[top] ?? `${top}+`;
  return COUNT_LABELS[count] ?? String(count);
}

/** Characters between a name and a quote. */
export function distanceBucket(chars: number): string {
  if (chars <= 15) return '0-15';
  if (chars <= 50) return '16-50';
  if (chars <= 150) return '51-150';
  return '151+';
}

/** The rules' own confidence in their speaker. */
export function confidenceBucket(confidence: number): string {
  if (confidence < 0.5) return '<0.5';
  if (confidence < 0.7) return '0.5-0.69';
  if (confidence < 0.85) return '0.7-0.84';
  if (confidence < 0.95) return '0.85-0.94';
  return '0.95+';
}
