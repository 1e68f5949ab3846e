/**
 * Text normalization shared by every scoring rule. Accents are folded so that
 * "José" and "Jose" compare equal: the gold was typed by hand and sometimes
 * drops them.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** A quote span as the scorer compares it: lowercase letters and digits only. */
export function normalizeSpanText(text: string): string {
  return foldAccents(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
