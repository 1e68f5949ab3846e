import { frontPageData, type FrontPageData, type FrontPageProps, frontPagePaths, homePageData } from './front-page.ts';
import { siteData } from './site-graph.ts';

/**
 * The routes and data of the front page and `page/2/`…, as
 * route-data-article.ts does for the article pages: glue only, the builder
 * (front-page.ts) is tested without Astro. One glue module per family of pages: Astro's
 * incremental build re-renders every cached page of a route whose imported
 * code changed, so `page/[page]` imports no other page's builder.
 */

export type { FrontPageProps };

/** src/pages/index.astro: the first page of the article list. */
export async function homeRouteData(): Promise<FrontPageData> {
  return homePageData(await siteData());
}

/** `getStaticPaths` of src/pages/page/[page].astro. */
export async function frontStaticPaths() {
  return frontPagePaths(await siteData());
}

export function frontRouteData(props: FrontPageProps): FrontPageData {
  return frontPageData(props);
}
