import type { BodyLinks } from '../render/render-article-body.ts';
import { relativeHref, type Route } from './paths.ts';
import { entityRoute, speakerRoute, uncertainRoute } from './routes.ts';

/** An article's entity ids mapped to their site slugs (the graph's `slugByArticleEntity[article]`). */
export type EntitySlugs = Readonly<Record<string, string>>;

/**
 * Where an article page's mentions and quotes link: the entity and speaker
 * pages of their slugs; "attribution uncertain" in a note links the about
 * page's section on it.
 */
export function articleLinks(route: Route, slugs: EntitySlugs): BodyLinks {
  const hrefVia = (routeOf: (slug: string) => Route) => (id: string) => {
    const slug = slugs[id];
    return slug === undefined ? undefined : relativeHref(route, routeOf(slug));
  };
  return { entityHref: hrefVia(entityRoute), speakerHref: hrefVia(speakerRoute), uncertainHref: relativeHref(route, uncertainRoute) };
}
