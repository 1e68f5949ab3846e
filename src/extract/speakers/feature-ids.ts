/**
 * Feature ids made of parts (`para-dist=2`, `engine-rule=X&para-dist=1`),
 * each made once and then reused. A model looks every id up in a map: a
 * string built afresh for each candidate is hashed afresh for each lookup,
 * while a reused string keeps its hash. So the same parts always give back
 * the same string object, and the ranker's cost stays in the decision, not in
 * spelling its features.
 */

/** Ids kept per first part; past this (a value set that is not small) ids are still right, only made each time. */
const KEPT_PER_PART = 4096;

type Made = Map<string, Map<string, string>>;

// One memo per separator, so a lookup never builds a string of its own.
const withEquals: Made = new Map();
const withAnd: Made = new Map();
const withColon: Made = new Map();

/** `${first}${separator}${second}`, the same string object for the same parts. */
function joined(made: Made, first: string, separator: string, second: string): string {
  let bySecond = made.get(first);
  if (bySecond === undefined) {
    bySecond = new Map();
    made.set(first, bySecond);
  }
  let id = bySecond.get(second);
  if (id === undefined) {
    // Joined rather than added: `+` makes a rope of its parts, and every model lookup of a rope compares it piece by piece.
    id = [first, separator, second].join('');
    if (bySecond.size < KEPT_PER_PART) bySecond.set(second, id);
  }
  return id;
}

/** `name=value`. */
export function featureId(name: string, value: string): string {
  return joined(withEquals, name, '=', value);
}

/** `a&b`: a feature that holds when both do. */
export function bothIds(a: string, b: string): string {
  return joined(withAnd, a, '&', b);
}

/** `prefix:id`: another feature set's id under a prefix. */
export function prefixedId(prefix: string, id: string): string {
  return joined(withColon, prefix, ':', id);
}
