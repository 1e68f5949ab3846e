/**
 * Cardinal numbers written as words, one to ninety-nine: how news writes the
 * age of a child or a small count (`Hazel Park, six,`, `twenty-three`).
 * Lowercase keys.
 */

const UNITS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS: readonly string[] = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** `one` ... `ninety-nine`, the tens and units joined by a hyphen (`forty-two`). */
const NUMBER_WORDS_TO_99: ReadonlySet<string> = new Set([
  ...UNITS,
  ...TEENS,
  ...TENS,
  ...TENS.flatMap((tens) => UNITS.map((unit) => `${tens}-${unit}`)),
]);

export function isNumberWordTo99(key: string): boolean {
  return NUMBER_WORDS_TO_99.has(key);
}
