import type { SiteEntity } from '../graph/types.ts';
import { entityPageData, type EntityPageData } from './entity-page.ts';
import { entityCacheKey } from './page-cache-key.ts';
import { siteData } from './site-graph.ts';

/**
 * The routes and data of the entity pages, `entities/<slug>/`: glue only,
 * the builder (entity-page.ts) is tested without Astro (see
 * route-data-article.ts on one module per route).
 */

/** `getStaticPaths` of src/pages/entities/[slug].astro: one page per entity of the site graph. */
export async function entityStaticPaths() {
  const { graph } = await siteData();
  return graph.entities.map((entity) => ({ params: { slug: entity.slug }, props: { entity }, cacheKey: entityCacheKey(entity, graph) }));
}

export interface EntityRouteProps {
  entity: SiteEntity;
}

export async function entityRouteData({ entity }: EntityRouteProps, site: URL | undefined): Promise<EntityPageData> {
  const { graph } = await siteData();
  return entityPageData(entity, graph, site);
}
