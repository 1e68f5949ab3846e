/** The global the client script defines and every index file calls. */
export const SEARCH_GLOBAL = '__newsgraphSearch';

/**
 * JSON that stays data inside a script: `<` is escaped so no `</script>` or
 * `<!--` can end or comment out the script, and U+2028/U+2029 (line ends to
 * older JavaScript parsers) are escaped too. Each can occur only inside a
 * JSON string, where the escape means the same character.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** An index file: a classic script, which a page opened over file:// may load, unlike fetch(). */
export function indexScript(payload: unknown): string {
  return `window.${SEARCH_GLOBAL}.add(${scriptSafeJson(payload)});\n`;
}
