import { NOT_FOUND_DESCRIPTION } from './page-description.ts';
import { hrefsFrom, type LinkMode, type Route } from './paths.ts';
import { homeRoute, notFoundRoute } from './routes.ts';

/** What the 404 page needs around its fixed text. */
export interface NotFoundPageData {
  route: Route;
  title: string;
  description: string;
  /** Always `site-root`: see `notFoundPageData`. */
  links: LinkMode;
  homeHref: string;
}

/**
 * A host serves the 404 page in place of any missing address, at any depth
 * (`/articles/nope/deeper/`), so its links name the site root rather than
 * being relative to where it happens to be shown: absolute URLs when
 * astro.config sets `site`, else root-absolute paths. See LinkMode.
 */
export function notFoundPageData(site: URL | undefined): NotFoundPageData {
  const links: LinkMode = 'site-root';
  return {
    route: notFoundRoute,
    title: 'Page not found',
    description: NOT_FOUND_DESCRIPTION,
    links,
    homeHref: hrefsFrom(notFoundRoute, links, site)(homeRoute),
  };
}
