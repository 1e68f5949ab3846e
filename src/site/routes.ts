import type { Route } from './paths.ts';

/** The route of each kind of page; pages and links name routes only through these. */
export const homeRoute: Route = '';
export const notFoundRoute: Route = '404.html';
export const faviconRoute: Route = 'favicon.svg';

export function articleRoute(slug: string): Route {
  return `articles/${slug}/`;
}
