import { describe, expect, it } from 'vitest';
import type { SiteArticle } from '../../src/graph/types.ts';
import { ADDED_LINE_BYTES, ARTICLES_PER_PAGE, frontPages, PUBLISHED_DATE_BYTES, teaserBytes, TEASER_MARKUP_BYTES } from '../../src/site/front-pages.ts';
import { allArticles } from '../graph/fixtures.ts';

const article = (index: number): SiteArticle => ({ ...(allArticles[0] as SiteArticle), slug: `story-${index}` });

describe('frontPages', () => {
  it('puts a few articles on the front page alone, with no other pages to link', () => {
    const pages = frontPages(allArticles);
    expect(pages.map((front) => [front.page.route, front.page.items.map((item) => item.slug)])).toEqual([['', ['seoul-talks', 'gas-deal', 'lodz-visit']]]);
    expect(pages[0]?.nav).toEqual({ previous: null, next: null, links: [{ label: '1', route: '', current: true }] });
  });

  it('runs on to page/2/ after the articles of one page, in the order given', () => {
    const pages = frontPages(Array.from({ length: ARTICLES_PER_PAGE + 2 }, (_, index) => article(index)));
    expect(pages.map((front) => [front.page.route, front.page.items.length, front.pageCount])).toEqual([
      ['', ARTICLES_PER_PAGE, 2],
      ['page/2/', 2, 2],
    ]);
    expect(pages[1]?.page.items[0]?.slug).toBe(`story-${ARTICLES_PER_PAGE}`);
    expect(pages[0]?.nav.next).toBe('page/2/');
  });

  it('makes one empty front page when there are no articles', () => {
    expect(frontPages([]).map((front) => front.page.items)).toEqual([[]]);
  });
});

describe('teaserBytes', () => {
  it('counts the headline, the standfirst and the dateline beside the markup', () => {
    const bare: SiteArticle = { ...(allArticles[0] as SiteArticle), slug: 's', title: 'Ab', dateline: ['Cd'], paragraphs: ['Ef.'] };
    expect(teaserBytes(bare)).toBe(TEASER_MARKUP_BYTES + 2 + 3 + 2 + PUBLISHED_DATE_BYTES + (3 * 'articles/s/'.length + 24 + 10));
  });

  it('counts a derived headline once, since the teaser shows no standfirst beside it', () => {
    const untitled: SiteArticle = { ...(allArticles[0] as SiteArticle), slug: 's', title: null, dateline: ['Cd'], paragraphs: ['Quay shut. Boats wait.'] };
    expect(teaserBytes(untitled)).toBe(TEASER_MARKUP_BYTES + 'Quay shut'.length + 0 + 2 + PUBLISHED_DATE_BYTES + (3 * 'articles/s/'.length + 24 + 10));
  });

  it('allows for the "Added …" line of an article dated by its ingestion day', () => {
    const bare: SiteArticle = { ...(allArticles[0] as SiteArticle), slug: 's', title: 'Ab', dateline: ['Cd'], paragraphs: ['Ef.'] };
    const added = '<p class="meta added"><time datetime="2024-09-30">Added 30 September 2024</time></p>';
    expect(ADDED_LINE_BYTES).toBeGreaterThanOrEqual(added.length);
    expect(teaserBytes({ ...bare, dateSource: 'ingested' }) - teaserBytes(bare)).toBe(ADDED_LINE_BYTES - PUBLISHED_DATE_BYTES);
  });
});
