import { describe, expect, it } from 'vitest';
import { jsonLdHref } from '../../src/site/site-href.ts';

describe('jsonLdHref', () => {
  it('is relative to the page when no site is set, so it resolves from file://', () => {
    expect(jsonLdHref('articles/harbour-talks/', undefined)({ page: 'entity', slug: 'malta' })).toBe('../../entities/malta/index.html');
  });

  it('is absolute under the site when one is set', () => {
    expect(jsonLdHref('articles/harbour-talks/', new URL('https://news.example/'))({ page: 'entity', slug: 'malta' })).toBe(
      'https://news.example/entities/malta/',
    );
  });

  it('keeps a sub-path site written without its final slash', () => {
    expect(jsonLdHref('articles/harbour-talks/', new URL('https://news.example/archive'))({ page: 'entity', slug: 'malta' })).toBe(
      'https://news.example/archive/entities/malta/',
    );
  });
});
