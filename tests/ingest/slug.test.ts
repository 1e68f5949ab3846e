import { describe, expect, it } from 'vitest';
import { entrySlug, slugify } from '../../src/ingest/slug.ts';

describe('slug', () => {
  it('is lower-case ASCII kebab-case of the title', () => {
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

  it('falls back to the file base name when there is no title', () => {
    expect(entrySlug(null, '000_f426b72678450e3a.txt')).toBe('000-f426b72678450e3a');
  });

  it('falls back to the file base name when the title has no ASCII letters', () => {
    expect(entrySlug('Новости', 'story.txt')).toBe('story');
  });
});
