import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntry, firstInvalidByte } from '../../src/content/entry-text.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

describe('decodeEntry', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeEntry(utf8('---\ntitle: Café talks\n---\n'), 'content/articles/x.md')).toBe('---\ntitle: Café talks\n---\n');
  });

  it('drops a byte-order mark', () => {
    expect(decodeEntry(bytes([0xef, 0xbb, 0xbf], 'Body.'), 'content/articles/x.md')).toBe('Body.');
  });

  it('keeps a U+FFFD the file really contains', () => {
    expect(decodeEntry(utf8('a\uFFFDb'), 'content/articles/x.md')).toBe('a\uFFFDb');
  });

  it('refuses a byte that is not UTF-8, naming the file, the byte, its offset and line', () => {
    const latin1Cafe = bytes('---\ntitle: Caf', [0xe9], '\n---\n');
    expect(() => decodeEntry(latin1Cafe, 'content/articles/x.md')).toThrow(
      'content/articles/x.md: is not valid UTF-8: byte 0xE9 at offset 14 (line 2); save the file as UTF-8',
    );
  });
});

describe('firstInvalidByte', () => {
  it('finds a truncated sequence at its lead byte', () => {
    expect(firstInvalidByte(bytes('ab', [0xe2, 0x82], 'c'))).toBe(2);
  });

  it('finds an encoded surrogate, which UTF-8 forbids', () => {
    expect(firstInvalidByte(bytes('é', [0xed, 0xa0, 0x80]))).toBe(2);
  });

  it('counts the bytes of a byte-order mark', () => {
    expect(firstInvalidByte(bytes([0xef, 0xbb, 0xbf, 0x41, 0xff]))).toBe(4);
  });

  it('is the position of a stray continuation byte put after any valid text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (before, after) => {
        const prefix = utf8(before);
        const input = bytes([...prefix], [0x80], after);
        expect(firstInvalidByte(input)).toBe(prefix.length);
      }),
    );
  });
});
