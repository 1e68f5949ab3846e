/**
 * Explicit bidirectional embeddings, overrides and isolates: U+202A–U+202E
 * (LRE, RLE, PDF, LRO, RLO) and U+2066–U+2069 (LRI, RLI, FSI, PDI). Invisible,
 * and an unbalanced one reorders the text after it wherever the string is
 * shown (page titles, link lists, terminals), so a title can be made to read
 * as something else. The implicit marks U+200E/U+200F are left alone: right-
 * to-left text uses them legitimately and they cannot reorder neighbours.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

export interface StrippedText {
  text: string;
  /** The controls taken out, as `U+202E` names, in order. */
  removed: string[];
}

function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` without bidi embedding, override and isolate controls, and which ones were taken out. */
export function stripBidiControls(text: string): StrippedText {
  const removed = (text.match(BIDI_CONTROLS) ?? []).map(codePointName);
  return { text: removed.length === 0 ? text : text.replace(BIDI_CONTROLS, ''), removed };
}
