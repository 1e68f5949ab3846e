import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG_MAX_BYTES, SLUG_MAX_LENGTH, slugify } from '../../src/ingest/slug.ts';

/** Words of letters, marks and digits, each word starting with a letter or digit, joined by single hyphens. */
const SLUG_SHAPE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*$/u;
/**
 * A letter or digit that a slug keeps. U+02BC MODIFIER LETTER APOSTROPHE is a
 * letter to Unicode but an apostrophe in text (`Ukraineʼs`), and slugs drop
 * apostrophes: a title of apostrophes alone has no word.
 */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const hasSlugLetter = (title: string): boolean => HAS_LETTER_OR_DIGIT.test(title.replace(/\u02BC/gu, ''));

const word = fc.constantFrom(
  'Putin', 'São', 'Łódź', 'Musk’s', '문재인', '대통령', 'Москва', 'Пекин', 'नमस्ते', '中国', 'Ελλάδα', 'القاهرة',
  'שלום', '2024', 'ǆ', 'ﬁnal', 'İstanbul', '𐌰𐌱', 'e\u0301', '\u0301', '&', '—', '!', '\u202E', '\u200D', '🇰🇷', '👩‍👩‍👧',
);
const titles = fc.oneof(
  fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 30 }).map((words) => words.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

describe('slugify on any title', () => {
  it('is empty for a title of apostrophes alone, the modifier letter apostrophe included', () => {
    expect(slugify('ʼ')).toBe('');
    expect(slugify('’ ʼ \'')).toBe('');
  });

  it('is non-empty when the title has a letter or digit', () => {
    fc.assert(
      fc.property(titles, (title) => {
        fc.pre(hasSlugLetter(title));
        expect(slugify(title)).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it('holds only letters (with their marks), digits and single inner hyphens', () => {
    fc.assert(
      fc.property(titles, (title) => {
        const slug = slugify(title);
        if (slug !== '') expect(slug).toMatch(SLUG_SHAPE);
      }),
      { numRuns: 2000 },
    );
  });

  it('is its own slug', () => {
    fc.assert(
      fc.property(titles, (title) => {
        const slug = slugify(title);
        expect(slugify(slug)).toBe(slug);
      }),
      { numRuns: 2000 },
    );
  });

  it(`is at most ${SLUG_MAX_LENGTH} characters and ${SLUG_MAX_BYTES} UTF-8 bytes`, () => {
    fc.assert(
      fc.property(titles, (title) => {
        const slug = slugify(title);
        expect([...slug].length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
        expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(SLUG_MAX_BYTES);
      }),
      { numRuns: 2000 },
    );
  });
});
