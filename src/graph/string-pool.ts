/**
 * One copy of each short string the site graph holds. An article's
 * extraction is read from its own JSON file (src/content/rendered-articles.ts),
 * and `JSON.parse` gives every value a string of its own: the block name
 * `body`, the mention form `name`, an entity id, a cue, a rule, the same
 * person's name article after article. At 2,000 synthetic articles that was
 * 800,000 strings (31 MB) held for the whole build; through a pool they
 * are one string per distinct value.
 */
export class StringPool {
  readonly #strings = new Map<string, string>();

  /** The pool's copy of `text` (the first one it was given), for texts up to `POOLED_LENGTH`; a longer text as it is. */
  intern(text: string): string {
    if (text.length > POOLED_LENGTH) return text;
    const known = this.#strings.get(text);
    if (known !== undefined) return known;
    this.#strings.set(text, text);
    return text;
  }

  /** How many distinct strings the pool holds. */
  get size(): number {
    return this.#strings.size;
  }
}

/**
 * Strings longer than this are left alone: names, ids, cues and labels are
 * shorter, while paragraphs and quotes are long and mostly unique, so
 * pooling them would only cost a hash of each.
 */
export const POOLED_LENGTH = 64;

/**
 * Replaces, in place, every string of a JSON value (arrays and plain
 * objects, any depth) by its pooled copy, and returns the value. Only for
 * values nothing else holds yet, such as the result of `JSON.parse`.
 */
export function internStrings<T>(value: T, pool: StringPool): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index += 1) {
        const element: unknown = item[index];
        if (typeof element === 'string') item[index] = pool.intern(element);
        else if (typeof element === 'object' && element !== null) pending.push(element);
      }
    } else if (typeof item === 'object' && item !== null) {
      const record = item as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const field = record[key];
        if (typeof field === 'string') record[key] = pool.intern(field);
        else if (typeof field === 'object' && field !== null) pending.push(field);
      }
    }
  }
  return value;
}
