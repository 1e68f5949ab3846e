import { describe, expect, it } from 'vitest';
import { aboutPageData } from '../../src/site/about-page.ts';

describe('aboutPageData', () => {
  it('titles the page and ends the trail with it', () => {
    const page = aboutPageData();
    expect([page.route, page.title, page.crumbs]).toEqual(['about/', 'About this archive', [{ label: 'About this archive' }]]);
  });

  it('links the speakers, the unattributed quotes and the three data files relative to the page', () => {
    expect(aboutPageData().hrefs).toEqual({
      speakers: '../speakers/index.html',
      unattributed: '../quotes/unattributed/index.html',
      articlesData: '../data/articles.json',
      entitiesData: '../data/entities.json',
      quotesData: '../data/quotes.json',
    });
  });
});
