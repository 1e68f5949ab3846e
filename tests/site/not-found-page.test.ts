import { describe, expect, it } from 'vitest';
import { notFoundPageData } from '../../src/site/not-found-page.ts';

describe('notFoundPageData', () => {
  it('links the front page from the site root when no site is configured, since a host shows the page at any depth', () => {
    const page = notFoundPageData(undefined);
    expect([page.route, page.title, page.links, page.homeHref]).toEqual(['404.html', 'Page not found', 'site-root', '/index.html']);
  });

  it('links the front page by its absolute URL when a site is configured', () => {
    expect(notFoundPageData(new URL('https://news.example.org/archive/')).homeHref).toBe('https://news.example.org/archive/index.html');
  });
});
