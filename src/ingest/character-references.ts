/**
 * HTML character references left in scraped text: `S&eacute;bastien`,
 * `AT&amp;T`, `&#8220;`. Text copied out of a page's source keeps them, and
 * left as they are they split names (`S&eacute` is no word) and show as
 * markup on every page. Only complete references (with their `;`) are read,
 * by the `entities` package's HTML tables, so `AT&T` and `R&D` stay as written.
 */
import { decodeHTMLStrict } from 'entities/decode';

export interface DecodedText {
  text: string;
  /** The references decoded, as written, in order. */
  decoded: string[];
}

const REFERENCE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/gu;

/** `text` with its HTML character references decoded, and which ones were. */
export function decodeCharacterReferences(text: string): DecodedText {
  if (!text.includes('&')) return { text, decoded: [] };
  const decoded = (text.match(REFERENCE) ?? []).filter((reference) => decodeHTMLStrict(reference) !== reference);
  return decoded.length === 0 ? { text, decoded } : { text: decodeHTMLStrict(text), decoded };
}
