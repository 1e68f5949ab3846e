import type { HrefFor } from '../graph/routes.ts';
import { relativeHref, type Route } from './paths.ts';
import { homeRoute, routeOf } from './routes.ts';

/** Hrefs for the data exports and the feed: relative to the site root (where dist/data/ and feed.xml resolve them). */
export const rootHref: HrefFor = (route) => relativeHref(homeRoute, routeOf(route));

/**
 * URLs for a page's JSON-LD: absolute when Astro's `site` is set, else
 * relative to the page, so they still resolve from file://.
 */
export function jsonLdHref(page: Route, site: URL | undefined): HrefFor {
  return (route) => {
    const target = routeOf(route);
    if (site === undefined) return relativeHref(page, target);
    // A site under a sub-path written without its final slash (`https://x.org/news`) still holds the
    // pages: without the slash, URL resolution would replace `news`. On a server a folder URL is the
    // canonical one, so absolute URLs keep the trailing slash.
    const base = site.href.endsWith('/') ? site.href : `${site.href}/`;
    return new URL(target, base).href;
  };
}
