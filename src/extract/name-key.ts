/**
 * The one lookup form for a written word or name, shared by both tokenizers and
 * the gazetteer so a token's key always matches a table key: `O’Brien` and
 * `O'Brien` are the same name whichever apostrophe the article used.
 */

/** A lowercased word with curly apostrophes made straight; the check skips the copy for the common case. */
export function straightApostrophes(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** How a written name is looked up: lowercase, curly apostrophes made straight. */
export function nameKey(written: string): string {
  return straightApostrophes(written.toLowerCase());
}
