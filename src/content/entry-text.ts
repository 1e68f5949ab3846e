import { EntryError } from './entry-error.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
const REPLACEMENT = 0xfffd;

/**
 * An entry's bytes as text. Entries must be UTF-8: ingest refuses anything
 * else, and a lenient decode would turn a bad byte into U+FFFD and build a
 * page with a "�" in it instead of telling the editor. A byte-order mark is
 * dropped.
 */
export function decodeEntry(bytes: Uint8Array, file: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = countNewlines(bytes, offset) + 1;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new EntryError(file, undefined, `is not valid UTF-8: byte 0x${byte} at offset ${offset} (line ${line}); save the file as UTF-8`);
  }
}

/**
 * The offset of the first byte that starts an invalid UTF-8 sequence. Walks
 * the lenient decoding beside the bytes: every character before the first
 * bad sequence decoded from exactly its own UTF-8 bytes, so the offsets
 * agree up to the first U+FFFD that is not a literal EF BF BD.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (const character of lenientUtf8.decode(bytes)) {
    const codePoint = character.codePointAt(0) ?? 0;
    const literal = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (codePoint === REPLACEMENT && !literal) return offset;
    offset += utf8Length(codePoint);
  }
  return -1;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0x0a) count += 1;
  return count;
}
