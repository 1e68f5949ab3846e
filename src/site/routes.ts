import type { SiteRoute } from '../graph/routes.ts';
import type { Route } from './paths.ts';

/** The route of each kind of page; pages and links name routes only through these. */
export const homeRoute: Route = '';
export const notFoundRoute: Route = '404.html';
export const faviconRoute: Route = 'favicon.svg';
export const entitiesRoute: Route = 'entities/';
export const speakersRoute: Route = 'speakers/';
// Outside speakers/ so no speaker slug (an entity called "Unattributed") can collide with it.
export const unattributedRoute: Route = 'quotes/unattributed/';
export const feedRoute: Route = 'feed.xml';
export const articlesDataRoute: Route = 'data/articles.json';
export const entitiesDataRoute: Route = 'data/entities.json';
export const quotesDataRoute: Route = 'data/quotes.json';

export function articleRoute(slug: string, fragment?: string): Route {
  return `articles/${slug}/${fragment === undefined ? '' : `#${fragment}`}`;
}

export function entityRoute(slug: string): Route {
  return `entities/${slug}/`;
}

export function speakerRoute(slug: string): Route {
  return `speakers/${slug}/`;
}

/** The graph's page names (used by the data exports and JSON-LD) as site routes. */
export function routeOf(route: SiteRoute): Route {
  if (route.page === 'article') return articleRoute(route.slug, route.fragment);
  if (route.page === 'entity') return entityRoute(route.slug);
  return speakerRoute(route.slug);
}
