import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import type { SiteArticle } from '../../src/graph/types.ts';
import { articlesInFrontOrder, frontPageData, frontPagePaths, type FrontSource, homePageData } from '../../src/site/front-page.ts';
import { ARTICLES_PER_PAGE, frontPages } from '../../src/site/front-pages.ts';
import { cacheKeyOf } from '../../src/site/page-cache-key.ts';
import { allArticles, entityList } from '../graph/fixtures.ts';

const site: FrontSource = { graph: buildSiteGraph(allArticles, entityList), articles: new Map(allArticles.map((article) => [article.slug, article])) };

/** `count` copies of a fixture article, `story-0` first, listed in that order by a graph of refs alone. */
function manyArticles(count: number): FrontSource {
  const articles = Array.from({ length: count }, (_, index): SiteArticle => ({ ...(allArticles[0] as SiteArticle), slug: `story-${index}` }));
  return { graph: { articles: articles.map(({ slug }) => ({ slug })) }, articles: new Map(articles.map((article) => [article.slug, article])) };
}

describe('articlesInFrontOrder', () => {
  it("lists the articles in the graph's order (newest first), not in the order the site data holds them", () => {
    expect(articlesInFrontOrder(site).map((article) => article.slug)).toEqual(['gas-deal', 'seoul-talks', 'lodz-visit']);
  });

  it('names the slug of an article the graph lists but the site data lacks', () => {
    expect(() => articlesInFrontOrder({ graph: { articles: [{ slug: 'gone' }] }, articles: new Map() })).toThrow(
      'front page: article "gone" is in the site graph but not among the site\'s articles',
    );
  });
});

describe('homePageData', () => {
  it('titles the front page by the site name alone, with no trail, under "Latest articles"', () => {
    const home = homePageData(site);
    expect([home.route, home.title, home.crumbs, home.heading, home.description]).toEqual([
      '',
      undefined,
      [],
      'Latest articles',
      'The latest articles, newest first: 3 of 3 articles.',
    ]);
    expect(home.articles.map((article) => article.slug)).toEqual(['gas-deal', 'seoul-talks', 'lodz-visit']);
  });

  it('is one empty page when there are no articles', () => {
    const home = homePageData({ graph: { articles: [] }, articles: new Map() });
    expect([home.articles, home.heading, home.nav.links]).toEqual([[], 'Latest articles', [{ label: '1', route: '', current: true }]]);
  });
});

describe('frontPageData', () => {
  it('titles a later page by its number, and its heading by its number of the whole', () => {
    const second = frontPages(articlesInFrontOrder(manyArticles(2 * ARTICLES_PER_PAGE + 1)))[1];
    if (second === undefined) throw new Error('fixture: no second page');
    const page = frontPageData({ front: second });
    expect([page.route, page.title, page.crumbs, page.heading]).toEqual(['page/2/', 'Articles, page 2', [{ label: 'Page 2' }], 'Articles, page 2 of 3']);
    expect([page.articles[0]?.slug, page.articles.length, page.nav.previous, page.nav.next]).toEqual([`story-${ARTICLES_PER_PAGE}`, ARTICLES_PER_PAGE, '', 'page/3/']);
  });
});

describe('frontPagePaths', () => {
  it('has no path for the front page itself, which index.astro builds', () => {
    expect(frontPagePaths(site)).toEqual([]);
  });

  it('gives each later page its number as the path, its page as the props, and a cacheKey that is the hash of those props', () => {
    const source = manyArticles(ARTICLES_PER_PAGE + 1);
    const [, second] = frontPages(articlesInFrontOrder(source));
    expect(frontPagePaths(source)).toEqual([{ params: { page: '2' }, props: { front: second }, cacheKey: cacheKeyOf({ front: second }) }]);
  });
});
