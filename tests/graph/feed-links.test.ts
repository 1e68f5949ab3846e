import { describe, expect, it } from 'vitest';
import { buildAtomFeed, type HrefFor } from '../../src/graph/index.ts';
import { seoulTalks } from './fixtures.ts';

const rootHref: HrefFor = (route) => `${route.page === 'article' ? 'articles' : route.page === 'entity' ? 'entities' : 'speakers'}/${route.slug}/`;

const linksOf = (feed: string): string[] => [...feed.matchAll(/<link [^>]*href="([^"]*)"/gu)].map((match) => match[1] as string);

describe('the Atom feed links', () => {
  it('are relative to the site root without a site URL, so the feed read from disk still resolves them', () => {
    expect(linksOf(buildAtomFeed([seoulTalks], { selfHref: 'feed.xml', hrefFor: rootHref }))).toEqual(['feed.xml', 'articles/seoul-talks/']);
  });

  it('are absolute under the site URL when one is given', () => {
    expect(linksOf(buildAtomFeed([seoulTalks], { selfHref: 'feed.xml', hrefFor: rootHref, siteUrl: 'https://news.example/' }))).toEqual([
      'https://news.example/feed.xml',
      'https://news.example/',
      'https://news.example/articles/seoul-talks/',
    ]);
  });

  it('stay under a site that sits below the host root, written with or without its final slash', () => {
    for (const siteUrl of ['https://example.org/news/', 'https://example.org/news']) {
      expect(linksOf(buildAtomFeed([seoulTalks], { selfHref: 'feed.xml', hrefFor: rootHref, siteUrl }))).toEqual([
        'https://example.org/news/feed.xml',
        'https://example.org/news/',
        'https://example.org/news/articles/seoul-talks/',
      ]);
    }
  });
});
