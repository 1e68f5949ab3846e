import type { SiteArticle } from '../graph/types.ts';
import type { PageCrumb } from './article-page.ts';
import { type FrontPage, frontPages } from './front-pages.ts';
import { cacheKeyOf } from './page-cache-key.ts';
import type { PageNav } from './paginate.ts';
import type { Route } from './paths.ts';

/** Everything a page of the front page's article list shows (the front page itself, or `page/2/`…). */
export interface FrontPageData {
  route: Route;
  /** The tab title; undefined on the front page itself, which the site's name alone titles. */
  title: string | undefined;
  description: string;
  crumbs: PageCrumb[];
  /** `Latest articles` on the front page, `Articles, page 2 of 3` after it. */
  heading: string;
  articles: SiteArticle[];
  nav: PageNav;
}

/** The props of `page/[page]`: its page of the list, as cut by `frontPages` (and hashed whole for its cacheKey). */
export interface FrontPageProps {
  front: FrontPage;
}

/** What the article list is made from: the graph's article order, and every article by slug (as in `SiteData`). */
export interface FrontSource {
  graph: { articles: readonly { slug: string }[] };
  articles: ReadonlyMap<string, SiteArticle>;
}

/**
 * The site's articles in the graph's order, which is front-page order
 * (newest first) and the feed's. Fails naming the slug when the graph lists
 * an article the site data does not hold.
 */
export function articlesInFrontOrder({ graph, articles }: FrontSource): SiteArticle[] {
  return graph.articles.map((ref) => {
    const article = articles.get(ref.slug);
    if (article === undefined) throw new Error(`front page: article "${ref.slug}" is in the site graph but not among the site's articles`);
    return article;
  });
}

/** One page of the article list as the page shows it. */
export function frontPageData({ front }: FrontPageProps): FrontPageData {
  const { page, nav, pageCount, description } = front;
  const first = page.number === 1;
  return {
    route: page.route,
    title: first ? undefined : `Articles, page ${page.number}`,
    description,
    crumbs: first ? [] : [{ label: `Page ${page.number}` }],
    heading: first ? 'Latest articles' : `Articles, page ${page.number} of ${pageCount}`,
    articles: page.items,
    nav,
  };
}

/** The front page (`index.astro`): the first page of the list, which always exists, empty when there are no articles. */
export function homePageData(site: FrontSource): FrontPageData {
  const [front] = frontPages(articlesInFrontOrder(site));
  if (front === undefined) throw new Error('front page: the article list has no first page');
  return frontPageData({ front });
}

/** The paths of `page/[page]`: the list from its second page on, each keyed by its props for the incremental build. */
export function frontPagePaths(site: FrontSource) {
  return frontPages(articlesInFrontOrder(site))
    .slice(1)
    .map((front) => ({ params: { page: String(front.page.number) }, props: { front } satisfies FrontPageProps, cacheKey: cacheKeyOf({ front }) }));
}
