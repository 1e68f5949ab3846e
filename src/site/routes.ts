import type { SiteRoute } from '../graph/routes.ts';
import { OTHER_LETTER } from './letter-groups.ts';
import type { Route } from './paths.ts';

/** The route of each kind of page; pages and links name routes only through these. */
export const homeRoute: Route = '';
export const notFoundRoute: Route = '404.html';
export const faviconRoute: Route = 'favicon.svg';
export const entitiesRoute: Route = 'entities/';
export const speakersRoute: Route = 'speakers/';
// Outside speakers/ so no speaker slug (an entity called "Unattributed") can collide with it.
export const unattributedRoute: Route = 'quotes/unattributed/';
/** The one page that tells readers how attribution works, what "uncertain" means and how it is corrected. */
export const aboutRoute: Route = 'about/';
/** Where every "uncertain" mark links: the about page's section on it. */
export const uncertainRoute: Route = `${aboutRoute}#uncertain`;
/** The about page's section on how an editor corrects a speaker. */
export const correctionsRoute: Route = `${aboutRoute}#corrections`;
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

/** Page `page` (1-based) of the front page's article list: the first is the front page itself. */
export function homePageRoute(page: number): Route {
  return page === 1 ? homeRoute : `page/${page}/`;
}

/**
 * A letter's folder name in an index: `n`, or `other` for names that start
 * with no Latin letter. Letter pages sit in `letter/`, so no entity or
 * speaker slug (a company called `X`) can take a letter page's place.
 */
export function letterSegment(letter: string): string {
  return letter === OTHER_LETTER ? 'other' : letter.toLowerCase();
}

/** Page `page` of the entity index's names under `letter`. */
export function entityLetterRoute(letter: string, page = 1): Route {
  return `${entitiesRoute}letter/${letterSegment(letter)}/${page === 1 ? '' : `${page}/`}`;
}

/** Page `page` of the speakers index's names under `letter`. */
export function speakerLetterRoute(letter: string, page = 1): Route {
  return `${speakersRoute}letter/${letterSegment(letter)}/${page === 1 ? '' : `${page}/`}`;
}

/** Page `page` of the unattributed quotes: the first is `unattributedRoute`. */
export function unattributedPageRoute(page: number): Route {
  return page === 1 ? unattributedRoute : `${unattributedRoute}${page}/`;
}

/** The graph's page names (used by the data exports and JSON-LD) as site routes. */
export function routeOf(route: SiteRoute): Route {
  if (route.page === 'article') return articleRoute(route.slug, route.fragment);
  if (route.page === 'entity') return entityRoute(route.slug);
  return speakerRoute(route.slug);
}
