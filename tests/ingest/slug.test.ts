import { describe, expect, it } from 'vitest';
import { entrySlug, SLUG_MAX_BYTES, slugify } from '../../src/ingest/slug.ts';

describe('slug', () => {
  it('is lower-case ASCII kebab-case of a Latin title', () => {
    expect(slugify('Japan, South Korea push Putin!')).toBe('japan-south-korea-push-putin');
  });

  it('drops apostrophes and accents instead of splitting words', () => {
    expect(slugify('Musk’s memo on São Paulo & Łódź')).toBe('musks-memo-on-sao-paulo-and-lodz');
  });

  it('is cut at a word boundary to at most 80 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(word-)*word$/);
  });

  it('keeps Korean letters, with - between words', () => {
    expect(slugify('문재인 대통령, 방미')).toBe('문재인-대통령-방미');
  });

  it('keeps a word break after a letter that clusters with the next character (U+1193F before "-")', () => {
    expect(slugify('\u{1193F}-\u3400')).toBe('\u{1193F}-\u3400');
  });

  it('keeps Cyrillic letters in lower case', () => {
    expect(slugify('Москва и Пекин')).toBe('москва-и-пекин');
  });

  it('keeps the vowel signs and viramas of Devanagari words', () => {
    expect(slugify('नमस्ते दुनिया')).toBe('नमस्ते-दुनिया');
  });

  it('composes decomposed letters (NFC) in scripts it does not fold', () => {
    expect(slugify('\u0419\u043E\u0433\u0443\u0440\u0442')).toBe(slugify('\u0418\u0306\u043E\u0433\u0443\u0440\u0442'));
    expect(slugify('\u0418\u0306')).toBe('\u0439');
  });

  it('cuts a long non-Latin title at a word boundary', () => {
    const slug = slugify('москва '.repeat(20));
    expect([...slug].length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(москва-)*москва$/u);
  });

  it('cuts a title with no spaces (Chinese) between characters to 80 characters', () => {
    expect(slugify('中'.repeat(100))).toBe('中'.repeat(80));
  });

  it('keeps <slug>.md within the file-name limit when every character takes four bytes', () => {
    const slug = slugify('𐌰'.repeat(80));
    expect(Buffer.byteLength(slug)).toBe(SLUG_MAX_BYTES);
    expect(slug).toBe('𐌰'.repeat(60));
  });

  it('falls back to the file base name when there is no title', () => {
    expect(entrySlug(null, '000_f426b72678450e3a.txt')).toBe('000-f426b72678450e3a');
  });

  it('slugs a title in any script instead of falling back to the file name', () => {
    expect(entrySlug('Новости', 'story.txt')).toBe('новости');
  });

  it('falls back to the file base name when the title has no letter or digit', () => {
    expect(entrySlug('— !!! —', 'story.txt')).toBe('story');
  });
});
