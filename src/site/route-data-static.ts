import { aboutPageData, type AboutPageData } from './about-page.ts';
import { notFoundPageData, type NotFoundPageData } from './not-found-page.ts';

/**
 * The data of the two pages that read no site graph, the about page and the
 * 404 page (builders: about-page.ts, not-found-page.ts), so that they too
 * are markup only.
 */

/** src/pages/about.astro. */
export function aboutRouteData(): AboutPageData {
  return aboutPageData();
}

/** src/pages/404.astro: links from the site root, since a host shows it at any address. */
export function notFoundRouteData(site: URL | undefined): NotFoundPageData {
  return notFoundPageData(site);
}
